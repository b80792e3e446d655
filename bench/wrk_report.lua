-- wrk's figures for one run as a line of JSON, which scripts/bench_load.py reads.
-- Latencies are wrk's own (microseconds, from sending a request to its whole answer).
done = function(summary, latency, requests)
  local errors = summary.errors
  local function ms(percent)
    return latency:percentile(percent) / 1000
  end
  io.write(string.format(
    '{"requests": %d, "seconds": %.3f, "bytes": %d, "connect_errors": %d, "read_errors": %d, '
      .. '"write_errors": %d, "timeouts": %d, "bad_statuses": %d, '
      .. '"p50_ms": %.2f, "p90_ms": %.2f, "p95_ms": %.2f, "p99_ms": %.2f, "max_ms": %.2f}\n',
    summary.requests, summary.duration / 1e6, summary.bytes, errors.connect, errors.read,
    errors.write, errors.timeout, errors.status,
    ms(50), ms(90), ms(95), ms(99), latency.max / 1000
  ))
end

"""Media in an S3-compatible bucket (AWS_STORAGE_BUCKET_NAME), against a real S3-compatible
server of the test's own (moto's server mode): an editor uploads an image in the admin, the
original goes into the bucket, and the address of a rendition serves the resized picture."""

import io
import json
import urllib.error
import urllib.request

import boto3
import pytest
from moto.server import ThreadedMotoServer
from PIL import Image as PillowImage
from wagtail.images import get_image_model

from config.settings import base
from demo.factories.people import UserFactory
from scripts.production_site import free_port

pytestmark = pytest.mark.django_db

BUCKET = "participation-media"
REGION = "eu-west-2"
# The bucket policy docs/deploy.md gives: anyone may read the renditions pages show, nothing else.
PUBLIC_RENDITIONS = {
    "Version": "2012-10-17",
    "Statement": [
        {
            "Effect": "Allow",
            "Principal": "*",
            "Action": "s3:GetObject",
            "Resource": f"arn:aws:s3:::{BUCKET}/media/images/*",
        }
    ],
}


@pytest.fixture
def bucket(monkeypatch, settings):
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    # boto3 reads the credentials from the environment, as on a server.
    for name, value in {
        "AWS_ACCESS_KEY_ID": "participation-test",
        "AWS_SECRET_ACCESS_KEY": "participation-test-secret",
        "AWS_STORAGE_BUCKET_NAME": BUCKET,
        "AWS_S3_ENDPOINT_URL": endpoint,
        "AWS_S3_REGION_NAME": REGION,
    }.items():
        monkeypatch.setenv(name, value)
    s3 = boto3.client("s3", endpoint_url=endpoint, region_name=REGION)
    s3.create_bucket(Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": REGION})
    s3.put_bucket_policy(Bucket=BUCKET, Policy=json.dumps(PUBLIC_RENDITIONS))
    settings.STORAGES = {**settings.STORAGES, "default": base._media_storage()}
    yield s3
    server.stop()


def png(width, height):
    picture = io.BytesIO()
    PillowImage.new("RGB", (width, height), (0, 94, 184)).save(picture, "PNG")
    picture.seek(0)
    picture.name = "birth-centre.png"
    return picture


def test_an_image_uploaded_in_the_admin_is_served_from_the_bucket(client, home_page, bucket, settings):
    client.force_login(UserFactory(is_superuser=True))

    response = client.post("/admin/images/add/", {"title": "The new birth centre", "file": png(1200, 800)})

    assert response.status_code == 302, response.content.decode()[:2000]
    image = get_image_model().objects.get(title="The new birth centre")
    stored = [item["Key"] for item in bucket.list_objects_v2(Bucket=BUCKET)["Contents"]]
    assert stored == [f"media/{image.file.name}"]

    rendition = image.get_rendition("width-400")
    assert rendition.url.startswith(f"{base.env.str('AWS_S3_ENDPOINT_URL')}/{BUCKET}/media/images/")
    # The pages' Content Security Policy lets browsers load it from there.
    origin = "/".join(rendition.url.split("/")[:3])
    assert origin in base.media_origins(settings.STORAGES["default"]["OPTIONS"])
    with urllib.request.urlopen(rendition.url, timeout=10) as served:  # noqa: S310 (our own test server)
        assert served.headers["Content-Type"] == "image/png"
        assert "max-age=31536000" in served.headers["Cache-Control"]
        assert PillowImage.open(io.BytesIO(served.read())).size == (400, 266)
    # The original stays private: Wagtail reads it with the site's credentials.
    original = rendition.url.replace(rendition.file.name, image.file.name)
    with pytest.raises(urllib.error.HTTPError, match="403"):
        urllib.request.urlopen(original, timeout=10)  # noqa: S310


def test_images_behind_a_cdn_or_on_amazon_s3_are_allowed_by_the_content_security_policy():
    assert base.media_origins({"bucket_name": BUCKET, "custom_domain": "media.example.org"}) == [
        "https://media.example.org"
    ]
    assert f"https://{BUCKET}.s3.{REGION}.amazonaws.com" in base.media_origins(
        {"bucket_name": BUCKET, "region_name": REGION}
    )

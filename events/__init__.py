"""Events: public meetings, drop-ins and online sessions, with calendar downloads."""

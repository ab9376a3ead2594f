"""The shared cache works against a real Redis server (the one CI starts on 127.0.0.1:6379)."""

from django.core.cache.backends.redis import RedisCache


def test_values_survive_between_two_app_servers(redis_url, redis_cache):
    other_server = RedisCache(redis_url, {"KEY_PREFIX": redis_cache.key_prefix})
    redis_cache.set("programme", {"sessions": 12}, 30)
    assert other_server.get("programme") == {"sessions": 12}

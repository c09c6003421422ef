"""Settings for every environment, read from the environment (12-factor).

Every variable, its default and its meaning is in one place: the README's Settings table.
"""

from pathlib import Path

import dj_database_url

from config.env import SettingsError, env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env_bool("DEBUG", default=True)
SECRET_KEY = env_str("SECRET_KEY", default="")
if not SECRET_KEY:
    if not DEBUG:
        raise SettingsError(
            "SECRET_KEY is not set. Set the SECRET_KEY environment variable "
            "(a long random string) or turn DEBUG on for local development."
        )
    SECRET_KEY = "django-insecure-development-key-only-used-while-DEBUG-is-on"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "corsheaders",
    "import_export",
    "simple_history",
    "django_celery_beat",
    "incidents",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"
ASGI_APPLICATION = "config.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        # 0 closes each connection after its request, as Django does by default; production
        # sets a lifetime (docker-compose.yml: 60 s) to save a connect per request.
        conn_max_age=env_int("DB_CONN_MAX_AGE", default=0),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"django.contrib.auth.password_validation.{name}"}
    for name in (
        "UserAttributeSimilarityValidator",
        "MinimumLengthValidator",
        "CommonPasswordValidator",
        "NumericPasswordValidator",
    )
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

CACHES = {
    "default": (
        {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": env_str("REDIS_URL"),
        }
        if env_str("REDIS_URL", default="")
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    )
}

# HTTPS hardening, for deployments behind TLS (see README "Production settings").
SECURE_SSL = env_bool("SECURE_SSL", default=False)
SECURE_SSL_REDIRECT = SECURE_SSL
SESSION_COOKIE_SECURE = SECURE_SSL
CSRF_COOKIE_SECURE = SECURE_SSL
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", default=31536000 if SECURE_SSL else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE_SSL
SECURE_HSTS_PRELOAD = SECURE_SSL
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if SECURE_SSL else None

CORS_ALLOWED_ORIGINS = env_list("CORS_ALLOWED_ORIGINS", default=[])

# Documents larger than this are refused by every import path.
DOCUMENT_MAX_BYTES = env_int("DOCUMENT_MAX_BYTES", default=5 * 1024 * 1024)
# Rows one admin (django-import-export) import takes: it validates and reports every row.
ADMIN_IMPORT_MAX_ROWS = env_int("ADMIN_IMPORT_MAX_ROWS", default=2_000)

# Import queue (README "Scaling out"). Without a broker every task runs in the calling
# process, exactly as imports ran before there was a queue.
_BROKER_URL = env_str("CELERY_BROKER_URL", default="")
CELERY_TASK_ALWAYS_EAGER = not _BROKER_URL
# Eager tasks still open a producer: memory:// names no host, so nothing is dialled.
CELERY_BROKER_URL = _BROKER_URL or "memory://localhost/"
CELERY_TASK_EAGER_PROPAGATES = True
# Acknowledged only once the document is saved: a worker that dies mid-document leaves its
# message to be delivered again, and the task's database check makes the repeat harmless.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# Outcomes are kept on the job's rows in the database; the broker carries only document ids.
CELERY_TASK_IGNORE_RESULT = True
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# Redis: seconds before a message taken by a worker that vanished is delivered again.
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": env_int("CELERY_VISIBILITY_TIMEOUT", default=3600)
}
# Deployments sharing a broker keep apart by queue name (workers: the same setting).
CELERY_TASK_DEFAULT_QUEUE = env_str("CELERY_QUEUE", default="incidents")
CELERY_WORKER_HIJACK_ROOT_LOGGER = False
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
CELERY_BEAT_SCHEDULE = {
    # Stored by django-celery-beat in the database on start; each feed has its own interval.
    "poll due feeds": {"task": "incidents.tasks.feeds_poll_due", "schedule": 60.0},
}
# Networks (CIDR) that URL imports may reach although private, loopback or link-local.
FETCH_ALLOWED_NETWORKS = env_list("FETCH_ALLOWED_NETWORKS", default=[])
FETCH_TIMEOUT_SECONDS = env_int("FETCH_TIMEOUT_SECONDS", default=20)
FETCH_MAX_REDIRECTS = env_int("FETCH_MAX_REDIRECTS", default=5)

# The throttle takes the client address from X-Forwarded-For only when this many proxies of
# ours append to it; with 0 it counts REMOTE_ADDR, as a client can write any X-Forwarded-For.
TRUSTED_PROXIES = env_int("TRUSTED_PROXIES", default=0)
if TRUSTED_PROXIES < 0:
    raise SettingsError(f"TRUSTED_PROXIES must be 0 or more, not {TRUSTED_PROXIES}.")

# Closed by default: every API view states its permission (incidents/api/permissions.py).
REST_FRAMEWORK = {
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAdminUser"],
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.SessionAuthentication",
        "rest_framework.authentication.BasicAuthentication",
    ],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "NUM_PROXIES": TRUSTED_PROXIES,
}
# Anonymous API requests per client IP, e.g. 1000/hour or 60/minute; empty turns it off.
# Counted in the default cache: set REDIS_URL when running several workers.
API_ANON_RATE = env_str("API_ANON_RATE", default="1000/hour")

SPECTACULAR_SETTINGS = {
    "TITLE": "Incident database API",
    "VERSION": "1.0.0",
    "SWAGGER_UI_DIST": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    # Swagger UI would send the schema's URL to validator.swagger.io for a badge.
    "SWAGGER_UI_SETTINGS": {"deepLinking": True, "validatorUrl": None},
    "SERVE_INCLUDE_SCHEMA": False,
    "ENUM_NAME_OVERRIDES": {
        f"{name}Enum": f"incidents.models.vocabularies.{name}"
        for name in (
            "FigureKind",
            "StatementKind",
            "SourceKind",
            "ActorKind",
            "LocationPrecision",
            "ReviewStatus",
        )
    },
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "incidents.api.schema.document_public_reads",
        "incidents.api.schema.document_what_the_views_enforce",
    ],
    "DESCRIPTION": (
        "Read-only access to curated, source-attributed incident data. Lists are paged by "
        "cursor (follow `next`), filterable, and take ?updated_since= for incremental sync; "
        "/changes/ lists removed records. Formats: json, csv, geojson (incidents)."
    ),
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", default="WARNING")},
}

# django-import-export (docs/import-export.md): every import runs in one transaction, and
# control characters that XLSX cannot hold become U+FFFD instead of failing the export.
IMPORT_EXPORT_USE_TRANSACTIONS = True
IMPORT_EXPORT_ESCAPE_ILLEGAL_CHARS_ON_EXPORT = True

# Versioned data releases (docs/releases.md): one folder per version, never overwritten.
RELEASES_DIR = Path(env_str("RELEASES_DIR", default=str(BASE_DIR / "var" / "releases")))
RELEASE_AUTHOR = env_str("RELEASE_AUTHOR", default="Incident database curators")

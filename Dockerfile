# The web service of docker-compose.yml: gunicorn behind whitenoise, PostgreSQL from DATABASE_URL.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app

# Requirements first, so that a code change does not reinstall them.
COPY requirements.txt .
RUN pip install -r requirements.txt

COPY . .

# collectstatic only imports the settings: the key is a throwaway that never serves a request.
# DEBUG off selects whitenoise's compressed manifest storage, which the running service expects.
RUN DEBUG=off SECRET_KEY=collectstatic-build-only python manage.py collectstatic --no-input \
    && useradd --create-home --uid 10001 incidents

USER incidents
EXPOSE 8000

# Migrate at start (the database is healthy by then: see depends_on), then serve.
CMD ["sh", "-c", "python manage.py migrate --no-input && exec gunicorn config.wsgi --bind 0.0.0.0:8000 --workers ${GUNICORN_WORKERS:-3} --access-logfile -"]

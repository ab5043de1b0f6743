# syntax=docker/dockerfile:1
# The Pakt web client: static files built by Vite, served by nginx, which also proxies the api.
# Build from the repository root: docker build -f docker/web.Dockerfile .

FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
RUN npx vite build -c apps/web/vite.config.ts

# Runs as an unprivileged user and listens on 8080.
FROM nginxinc/nginx-unprivileged:1.28-alpine AS runtime
COPY docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/dist/apps/web /usr/share/nginx/html
EXPOSE 8080
# Checks nginx itself; the api has its own health check.
HEALTHCHECK --interval=10s --timeout=3s --start-period=5s --retries=3 \
  CMD wget -q --spider http://127.0.0.1:8080/ || exit 1

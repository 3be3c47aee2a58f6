# Newsgraph's image: the sources run through tsx, as `npm start` runs them (no build step).
# docker build -t newsgraph . && docker run -p 4000:4000 -e API_TOKENS=change-me newsgraph
FROM node:22-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000 DATA_DIR=/data/pglite
# Everything `npm ci` needs for its postinstall step (prisma generate and codegen read these).
COPY . .
# Dev dependencies stay: tsx runs the sources, and codegen and the Prisma CLI generate at install.
RUN npm ci --include=dev && npm cache clean --force
# PGlite's data when no DATABASE_URL is given.
VOLUME /data
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s \
  CMD node -e "fetch('http://127.0.0.1:4000/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "--max-semi-space-size=32", "--import", "tsx", "src/server/main.ts"]

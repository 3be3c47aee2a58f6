#!/bin/sh
# Stands in for Prisma's native schema engine on machines that cannot download it (see
# prisma.config.ts). `prisma generate` only checks that the file exists; a command that really
# needs the engine (migrate, db push/pull/execute) ends here. The CLI shows the message of a JSON
# log line on stderr, the way the real engine reports errors.
printf '%s\n' '{"level":"ERROR","fields":{"message":"the native schema engine is not installed here (offline machine); migrations are applied by the app itself, see the README, section How it is built"}}' >&2
exit 1

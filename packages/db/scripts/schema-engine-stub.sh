#!/bin/sh
# Stands in for Prisma's native schema engine, which cannot be downloaded on our machines.
# `prisma generate` only needs the path to exist; migrations go through the WASM engine (src/migrate).
exit 1

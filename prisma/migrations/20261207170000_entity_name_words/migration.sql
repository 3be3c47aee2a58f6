-- Entity resolution (candidatesQuery in src/modules/entities/batch.ts) looks up people by the first
-- and the last word of their key ("xi" -> "xi jinping"). Without an index on those words every
-- story scanned every entity and ran a regular expression on each person's key: 1.8 ms per story
-- with 1,000 entities, 34-60 ms with 50,000 (and PostgreSQL's JIT compiler on top, since the scan's
-- estimated cost grows with the table). The expressions are the query's own, word for word, so it
-- can use them; only people's keys are looked up this way.
-- (Prisma's schema cannot express an index on an expression: it is declared here only.)
CREATE INDEX "Entity_person_first_word_idx" ON "Entity" (split_part("key", ' ', 1)) WHERE "kind" = 'PERSON';
CREATE INDEX "Entity_person_last_word_idx" ON "Entity" (substring("key" from '[^ ]*$')) WHERE "kind" = 'PERSON';

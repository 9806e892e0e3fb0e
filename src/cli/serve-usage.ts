import { defaultJobs } from '../parallel/ordered-pool.js';

// Apart from serve.ts, which loads the server (Hono, Plot, the extraction pipeline): the other
// commands need only this text, and start faster without the rest.
export const usage = `Usage: crosscheck serve [PATH ...] [options]

Serves the web application and the HTTP JSON API over the ledger: an overview, series of figures
by claimant over time, disputes and competing accounts, documents with their claims marked,
figures, statements by speaker, outlets and their wording, search, and a page to paste or upload
articles. The API is described at /api/openapi.json.

PATH ... (files, folders, globs, as for ingest) are ingested first when the ledger does not exist
yet: "npm start" serves the example corpus this way. An existing ledger is served as it is.

Options:
  --db PATH              ledger file (default: $CROSSCHECK_DB, else ./crosscheck.db)
  --host HOST            address to listen on (default 127.0.0.1, this machine only)
  --port N               port (default 8080; 0 picks a free one)
  --token TOKEN          every request must carry it (Authorization: Bearer TOKEN, or sign in at
                         /login); default $CROSSCHECK_TOKEN. Required with a --host other than
                         the loopback interface
  --aliases FILE         alias file for the cross-checks (default: ./crosscheck.aliases.json when present)
  --read-only            no ingest from the web (the ledger is only read)
  --jobs N               extraction threads for large uploads (default: one per core, ${defaultJobs()} here)
  --max-bytes N          largest upload (default 20000000)
  -h, --help             show this help`;

import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { Layout, type Section } from './layout.js';

/** What every page needs besides its own content. */
export interface PageContext {
  sections: Section[];
}

/** Sends a page: the layout around `body`, with a doctype. */
export async function sendPage(
  c: Context,
  ctx: PageContext,
  head: { title: string; section?: string; query?: string; bare?: boolean },
  body: Child,
  status: ContentfulStatusCode = 200,
) {
  const node = (
    <Layout {...head} sections={ctx.sections}>
      {body}
    </Layout>
  );
  return c.html('<!DOCTYPE html>' + (await node.toString()), status);
}

import type { FC } from 'hono/jsx';
import { PageHead } from './layout.js';

/** A page that says why a request could not be served, and where to go from here. */
export const MessagePage: FC<{ title: string; message: string }> = ({ title, message }) => (
  <>
    <PageHead title={title} />
    <p class="notice">{message}</p>
    <p>
      <a href="/">Back to the overview</a>
    </p>
  </>
);

/** The sign-in form of a server that needs a token. */
export const LoginPage: FC<{ next: string; failed: boolean }> = ({ next, failed }) => (
  <>
    <PageHead title="Sign in" lead="This crosscheck server needs the token it was started with." />
    {failed ? (
      <p class="notice" role="alert">
        That is not the token. Ask whoever runs the server.
      </p>
    ) : null}
    <form class="panel login" method="post" action="/login">
      <input type="hidden" name="next" value={next} />
      <label class="field block">
        <span>Token</span>
        <input type="password" name="token" autocomplete="current-password" required />
      </label>
      <button type="submit">Sign in</button>
    </form>
  </>
);

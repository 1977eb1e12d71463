import { LoadingState } from "@ums/ui";

/**
 * The list's loading state. It sits in the (list) group so that it does not wrap a message's page,
 * whose not-found answer must stay a 404 (a loading state streamed first would make it a 200).
 */
export default function MailboxLoading() {
  return <LoadingState label="Loading the mailbox…" />;
}

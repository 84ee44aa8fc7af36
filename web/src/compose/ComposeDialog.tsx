import { useMe } from "../api/me";
import { Dialog } from "../components/Dialog";
import { StatusBody } from "../components/status/StatusBody";
import { DisplayName } from "../components/Avatar";
import { useI18n } from "../i18n";
import { closeCompose, useComposeRequest } from "./compose-store";
import { Composer } from "./Composer";

export function ComposeDialog() {
  const req = useComposeRequest();
  const { me } = useMe();
  const { t } = useI18n();
  if (!req || !me) return null;
  const context = req.replyTo ?? req.quote;
  const title = req.edit ? t("compose.editTitle") : req.replyTo ? t("compose.replyTitle") : req.quote ? t("compose.quoteTitle") : t("compose.title");
  return (
    <Dialog title={title} onClose={closeCompose} wide>
      {context && (
        <blockquote className="quote">
          <DisplayName account={context.account} />
          <StatusBody status={context} signedIn nested />
        </blockquote>
      )}
      <Composer key={JSON.stringify([req.replyTo?.id, req.quote?.id, req.edit?.id])} target={req} me={me} onDone={closeCompose} onScheduled={closeCompose} autoFocus />
    </Dialog>
  );
}

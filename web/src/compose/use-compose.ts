// Composer state and submission: create or edit a post, upload images, keep the draft.
import { useQueryClient } from "@tanstack/react-query";
import type { mastodon } from "masto";
import { useEffect, useRef, useState } from "react";
import { api, errorMessage } from "../api/client";
import { rememberStatus } from "../api/status-store";
import { prependStatus } from "../components/Timeline";
import { showToast } from "../components/toast";
import { useI18n } from "../i18n";
import { getPrefs } from "../lib/prefs";
import { loadDraft, saveDraft } from "./draft";
import type { MediaDraft } from "./MediaPicker";
import type { PollDraft } from "./PollEditor";

export interface ComposeTarget {
  replyTo?: mastodon.v1.Status;
  quote?: mastodon.v1.Status;
  edit?: mastodon.v1.Status;
}

const ORDER = ["direct", "private", "unlisted", "public"];

function draftKey(target: ComposeTarget): string | null {
  if (target.edit) return null;
  if (target.replyTo) return `reply:${target.replyTo.id}`;
  if (target.quote) return `quote:${target.quote.id}`;
  return "new";
}

function initialText(target: ComposeTarget, meAcct: string | undefined): string {
  if (!target.replyTo) return "";
  const accts = [target.replyTo.account.acct, ...target.replyTo.mentions.map((m) => m.acct)].filter((a, i, all) => a !== meAcct && all.indexOf(a) === i);
  return accts.map((a) => `@${a} `).join("");
}

export function useCompose(target: ComposeTarget, me: mastodon.v1.Account | null, onDone?: (s: mastodon.v1.Status) => void, onScheduled?: () => void) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const key = draftKey(target);
  const prefs = getPrefs();
  const draft = key ? loadDraft(key) : null;
  const replyVisibility = target.replyTo && ORDER.indexOf(target.replyTo.visibility) < ORDER.indexOf(prefs.defaultVisibility) ? target.replyTo.visibility : null;

  const [text, setText] = useState(draft?.text ?? initialText(target, me?.acct));
  const [spoiler, setSpoiler] = useState<string | null>(draft?.spoiler ?? (target.replyTo?.spoilerText || null));
  const [visibility, setVisibility] = useState(draft?.visibility ?? replyVisibility ?? prefs.defaultVisibility);
  const [language, setLanguage] = useState(draft?.language ?? prefs.defaultLanguage);
  const [poll, setPoll] = useState<PollDraft | null>(draft?.poll ?? null);
  const [media, setMedia] = useState<MediaDraft[]>([]);
  const [sensitive, setSensitive] = useState(false);
  const [busy, setBusy] = useState(false);
  /** a local date-time ("2026-05-01T09:30") when the post should go out later; null posts now */
  const [scheduleAt, setScheduleAt] = useState<string | null>(null);
  const idempotency = useRef(crypto.randomUUID());

  // editing starts from the server's source text, not the rendered HTML
  useEffect(() => {
    const edit = target.edit;
    if (!edit) return;
    void api()
      .v1.statuses.$select(edit.id)
      .source.fetch()
      .then((src) => {
        setText(src.text);
        setSpoiler(src.spoilerText || null);
      });
    setVisibility(edit.visibility);
    setSensitive(edit.sensitive);
    setMedia(edit.mediaAttachments.map((m) => ({ key: m.id, id: m.id, preview: m.previewUrl ?? m.url ?? "", description: m.description ?? "", savedDescription: m.description ?? "" })));
  }, [target.edit]);

  useEffect(() => {
    if (key) saveDraft(key, { text, spoiler, visibility, language, poll });
  }, [key, text, spoiler, visibility, language, poll]);

  const addFiles = (files: FileList | null) => {
    const picked = Array.from(files ?? []).slice(0, 4 - media.length);
    for (const file of picked) {
      const draftItem: MediaDraft = { key: crypto.randomUUID(), id: null, preview: URL.createObjectURL(file), description: "", savedDescription: "" };
      setMedia((m) => [...m, draftItem]);
      api()
        .v2.media.create({ file })
        .then((att) => setMedia((m) => m.map((x) => (x.key === draftItem.key ? { ...x, id: att.id } : x))))
        .catch((err) => setMedia((m) => m.map((x) => (x.key === draftItem.key ? { ...x, error: errorMessage(err) } : x))));
    }
  };

  const missingAlt = prefs.requireAltText && media.some((m) => !m.description.trim());
  const uploading = media.some((m) => !m.id && !m.error);

  /** After a post, a scheduled post or an edit: an empty composer, no draft, a new idempotency key. */
  const reset = () => {
    if (key) saveDraft(key, null);
    idempotency.current = crypto.randomUUID();
    setText("");
    setSpoiler(null);
    setPoll(null);
    setMedia([]);
  };

  const submit = async () => {
    setBusy(true);
    try {
      for (const m of media) {
        if (m.id && m.description !== m.savedDescription) await api().v1.media.$select(m.id).update({ description: m.description });
      }
      const mediaIds = media.filter((m) => m.id).map((m) => m.id!);
      const common = {
        status: text,
        spoilerText: spoiler ?? "",
        sensitive: sensitive || !!spoiler,
        language,
        mediaIds: mediaIds.length ? mediaIds : undefined,
        poll: poll && !mediaIds.length ? { options: poll.options.filter((o) => o.trim()), expiresIn: poll.expiresIn, multiple: poll.multiple } : undefined,
      };
      if (scheduleAt !== null && !target.edit) {
        const when = new Date(scheduleAt);
        await api().v1.statuses.create({
          ...common,
          visibility: visibility as mastodon.v1.StatusVisibility,
          inReplyToId: target.replyTo?.id,
          scheduledAt: when.toISOString(),
        } as Parameters<mastodon.rest.v1.StatusesResource["create"]>[0], { requestInit: { headers: { "Idempotency-Key": idempotency.current } } });
        void qc.invalidateQueries({ queryKey: ["scheduled"] });
        reset();
        setScheduleAt(null);
        showToast(t("compose.scheduledFor", { when: when.toLocaleString(getPrefs().locale, { dateStyle: "medium", timeStyle: "short" }) }));
        onScheduled?.();
        return;
      }
      let status: mastodon.v1.Status;
      if (target.edit) {
        status = await api().v1.statuses.$select(target.edit.id).update(common as Parameters<mastodon.rest.v1.Statuses$SelectResource["update"]>[0]);
      } else {
        const params = {
          ...common,
          visibility: visibility as mastodon.v1.StatusVisibility,
          inReplyToId: target.replyTo?.id,
          quotedStatusId: target.quote?.id,
          quoteApprovalPolicy: prefs.quotePolicy,
        };
        status = await api().v1.statuses.create(params as Parameters<mastodon.rest.v1.StatusesResource["create"]>[0], {
          requestInit: { headers: { "Idempotency-Key": idempotency.current } },
        });
        prependStatus(qc, ["timeline", "home"], [status], true);
      }
      rememberStatus(status);
      reset();
      const state = (status as { moderationState?: string }).moderationState;
      showToast(state === "held" ? t("moderation.held.title") : state === "rejected" ? t("moderation.rejected.title") : target.edit ? t("compose.saved") : t("compose.posted"));
      onDone?.(status);
    } catch (err) {
      showToast(errorMessage(err), true);
    } finally {
      setBusy(false);
    }
  };

  return {
    text, setText, spoiler, setSpoiler, visibility, setVisibility, language, setLanguage, poll, setPoll,
    media, setMedia, addFiles, sensitive, setSensitive, busy, missingAlt, uploading, submit, scheduleAt, setScheduleAt,
  };
}

// The Iris chat widget: plain JavaScript over the REST channel of the same origin.
// Nothing is stored in the browser; the sender id is random and lives only in this page.
// `?mode=terminal` is the shared terminal where a volunteer helps: large text, a "new person"
// button and an idle timeout that delete the conversation on the server and reload a blank page.
"use strict";

(function () {
  const REST = "/webhooks/rest/webhook";
  // Questions answered by typing: focus goes to the input, not to their "I don't know" button.
  const TYPED_FIELDS = ["commune", "age", "children", "children_ages", "monthly_income"];
  const NUMERIC_FIELDS = ["age", "children", "monthly_income"];
  const params = new URLSearchParams(location.search);
  const terminal = params.get("mode") === "terminal";
  const sender = newSenderId();
  const log = document.getElementById("log");
  const form = document.getElementById("composer");
  const input = document.getElementById("message");
  const status = document.getElementById("status");
  const intro = document.getElementById("intro");
  const start = document.getElementById("start");
  const otherLanguage = document.getElementById("other-language");
  const newPerson = document.getElementById("new-person");
  const idleWarning = document.getElementById("idle-warning");
  let language = ["fr", "nl"].includes(params.get("lang")) ? params.get("lang") :
    ((navigator.language || "").toLowerCase().startsWith("nl") ? "nl" : "fr");
  let strings = {};
  let started = false;
  let busy = false;
  let resetting = false;

  // randomUUID needs a secure context; a terminal on a local network may be served over plain
  // http, where getRandomValues still gives the same 122 random bits.
  function newSenderId() {
    if (crypto.randomUUID) return crypto.randomUUID();
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  }

  function setText(id, text) {
    document.getElementById(id).textContent = text;
  }

  async function loadStrings(lang) {
    const reply = await fetch("/strings/" + lang + ".json");
    strings = await reply.json();
    language = lang;
    document.documentElement.lang = lang;
    document.title = strings.title;
    setText("title", strings.title);
    setText("intro-text", strings.intro);
    setText("log-label", strings.log_label);
    setText("message-label", strings.input_label);
    setText("send", strings.send);
    setText("start", strings.start);
    setText("new-person", strings.new_person);
    setText("idle-text", strings.idle_warning);
    setText("idle-continue", strings.continue);
    setText("summary-title", strings.summary_title);
    setText("summary-note", strings.summary_note);
    const today = new Intl.DateTimeFormat(lang + "-BE", { dateStyle: "long" }).format(new Date());
    setText("summary-date", strings.summary_date.replace("{date}", today));
    for (const button of log.querySelectorAll("button.print")) button.textContent = strings.print;
    otherLanguage.textContent = strings.other_language;
    otherLanguage.lang = lang === "fr" ? "nl" : "fr";
  }

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // The result's text messages list each right from a line "• Name"; the lines under it (what it
  // is, the amount and its date, where, what to bring) become one card. Text without such a line
  // stays a plain message, so a change of wording never loses a message.
  function cards(text) {
    const lines = text.split("\n");
    const first = lines.findIndex((line) => line.startsWith("• "));
    if (first < 0) return null;
    const block = document.createDocumentFragment();
    const heading = lines.slice(0, first).filter((line) => line.trim()).join(" ");
    if (heading) {
      const title = element("h3", "group", heading);
      title.tabIndex = -1;
      block.appendChild(title);
    }
    const list = element("ul", "cards");
    let card = null;
    let documents = null;
    for (const line of lines.slice(first)) {
      if (line.startsWith("• ")) {
        card = element("li", "card");
        card.appendChild(element("h4", "", line.slice(2).trim()));
        list.appendChild(card);
        documents = null;
      } else if (line.startsWith("– ") && card) {
        // The documents to bring, one a line under "Bring:", are a bulleted list of the card.
        if (!documents) documents = card.appendChild(element("ul", "documents"));
        documents.appendChild(element("li", "", line.slice(2).trim()));
      } else if (line.trim()) {
        card.appendChild(element("p", "", line));
        documents = null;
      }
    }
    block.appendChild(list);
    return block;
  }

  // The first message of the result: where to go, one numbered office a line with the rights to
  // ask there under it ("– "), as an ordered list under a heading that takes the focus.
  function planSummary(text) {
    const lines = text.split("\n").filter((line) => line.trim());
    const block = document.createDocumentFragment();
    const title = element("h3", "group", lines[0]);
    title.tabIndex = -1;
    block.appendChild(title);
    const list = element("ol", "plan");
    let office = null;
    let rights = null;
    for (const line of lines.slice(1)) {
      const numbered = line.match(/^\d+\.\s+(.*)$/);
      if (numbered) {
        office = list.appendChild(element("li", ""));
        office.appendChild(element("span", "office", numbered[1]));
        rights = office.appendChild(element("ul", "rights"));
      } else if (line.startsWith("– ") && rights) {
        rights.appendChild(element("li", "", line.slice(2).trim()));
      } else {
        block.appendChild(element("p", "", line));
      }
    }
    block.insertBefore(list, title.nextSibling);
    return block;
  }

  // One visit: a card with the office as its heading, its contact, the rights to ask ("• ") and
  // the documents to bring ("– "), each a list.
  function visitCard(text) {
    const lines = text.split("\n").filter((line) => line.trim());
    const card = element("section", "card visit");
    const title = element("h3", "", lines[0]);
    title.id = "visit-" + Math.random().toString(36).slice(2);
    card.setAttribute("aria-labelledby", title.id);
    card.appendChild(title);
    let list = null;
    let kind = "";
    for (const line of lines.slice(1)) {
      const marker = line.startsWith("• ") ? "rights" : line.startsWith("– ") ? "documents" : "";
      if (!marker) {
        card.appendChild(element("p", "", line));
        list = null;
        continue;
      }
      if (!list || kind !== marker) list = card.appendChild(element("ul", marker));
      kind = marker;
      list.appendChild(element("li", "", line.slice(2).trim()));
    }
    return card;
  }

  // Text from the bot is always shown as text (textContent), never parsed as HTML.
  function show(text, who, lang, options, custom) {
    const item = element("div", "message " + (who === "me" ? "me" : "bot"));
    item.lang = lang;
    item.appendChild(element("span", "who", who === "me" ? strings.you : strings.iris));
    const plan = custom && custom.plan === "summary";
    const visit = custom && custom.visit;
    const asCards = who === "me" || plan || visit ? null : cards(text);
    if (plan || visit) {
      item.classList.add("result", plan ? "plan" : "visit");
      item.appendChild(plan ? planSummary(text) : visitCard(text));
    } else if (asCards) {
      item.classList.add("result");
      item.appendChild(asCards);
    } else {
      item.appendChild(element("p", "text", text));
    }
    if (options && options.length) {
      const row = element("div", "options");
      for (const option of options) {
        const button = element("button", "", option.title);
        button.type = "button";
        button.addEventListener("click", () => send(option.payload || option.title, option.title));
        row.appendChild(button);
      }
      item.appendChild(row);
    }
    log.appendChild(item);
    return item;
  }

  function addPrintButton(item) {
    const button = element("button", "print secondary", strings.print);
    button.type = "button";
    button.addEventListener("click", () => window.print());
    item.insertBefore(button, item.querySelector(".options"));
  }

  function askMode(custom) {
    input.inputMode = NUMERIC_FIELDS.includes(custom.ask) ? "numeric" : "text";
  }

  // After each answer: the start of the result (even when a question follows it in the same
  // turn: reading begins with the plan), or the new question's first option, or the input.
  function moveFocus(shown, custom, resulted) {
    const last = shown[shown.length - 1];
    const result = log.querySelector(".message.result:not([data-seen]) .group");
    for (const item of log.querySelectorAll(".message.result")) item.dataset.seen = "true";
    const firstOption = last && last.querySelector(".options button");
    if (resulted && result) result.focus();
    else if (custom.ask && firstOption && !TYPED_FIELDS.includes(custom.ask)) firstOption.focus();
    else {
      input.focus();
      if (last) last.scrollIntoView({ block: "nearest" });
    }
  }

  function requestBody(message, forSender) {
    const body = { sender: forSender, message: message };
    if (terminal) body.metadata = { mode: "terminal" };
    return JSON.stringify(body);
  }

  async function send(payload, shown) {
    // Before the labels arrive there is nothing sensible to send or show.
    if (busy || !payload) return;
    busy = true;
    if (!started) {
      started = true;
      intro.hidden = true;
    }
    // An answered question's buttons go: only the latest question can be answered by a click.
    for (const row of log.querySelectorAll(".options")) row.remove();
    show(shown || payload, "me", language);
    status.textContent = strings.waiting;
    log.setAttribute("aria-busy", "true");
    let custom = {};
    let resulted = false;
    const items = [];
    try {
      const reply = await fetch(REST, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: requestBody(payload, sender),
      });
      if (!reply.ok) throw new Error(String(reply.status));
      const messages = await reply.json();
      status.textContent = "";
      // An answer that arrives after "new person" belongs to the last person: show none of it.
      if (resetting) return;
      for (const message of messages) {
        custom = message.custom || {};
        resulted = resulted || Boolean(custom.result);
        // Deleted on the server: gone from the screen too, for whoever uses this computer next.
        if (custom.deleted) for (const node of log.querySelectorAll(".message")) node.remove();
        if (custom.language && custom.language !== language) await loadStrings(custom.language);
        if (message.text) {
          const item = show(message.text, "bot", custom.language || language, message.buttons, custom);
          if (custom.ask) item.dataset.ask = custom.ask;
          if (custom.result) addPrintButton(item);
          items.push(item);
        }
        askMode(custom);
      }
    } catch (error) {
      status.textContent = strings.error;
    } finally {
      busy = false;
      log.setAttribute("aria-busy", "false");
      moveFocus(items, custom, resulted);
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text || busy) return;
    input.value = "";
    send(text);
  });

  start.addEventListener("click", () => send(strings.start_message));

  // Before the first message only the page changes language; after it, the bot is asked too.
  otherLanguage.addEventListener("click", async () => {
    if (started) send(strings.other_language_request);
    else await loadStrings(language === "fr" ? "nl" : "fr");
  });

  // --- the shared terminal ----------------------------------------------------------------------

  // Deletes the conversation on the server, then loads a blank page in place of this one, so
  // neither the page, the back button nor a print shows anything of the last person.
  async function reset() {
    if (resetting) return;
    resetting = true;
    const old = sender;
    const hadConversation = started;
    for (const node of log.querySelectorAll(".message")) node.remove();
    input.value = "";
    if (idleWarning.open) idleWarning.close();
    if (hadConversation) {
      const stop = new AbortController();
      const timer = setTimeout(() => stop.abort(), 8000);
      try {
        await fetch(REST, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: requestBody("/delete_data", old),
          signal: stop.signal,
        });
      } catch (error) {
        // The server deletes it after its retention anyway; the page must still be cleared.
      }
      clearTimeout(timer);
    }
    location.replace(location.pathname + location.search);
  }

  function watchIdle(minutes) {
    const idleMs = minutes * 60 * 1000;
    // WCAG 2.2.1: warn and let the person continue; 30 s, or a quarter of a short timeout.
    const warnMs = Math.min(30000, idleMs / 4);
    let last = Date.now();
    // Only the time is noted here: closing the warning inside a key event would hand the key's
    // default action (Enter's click) to the button under it, answering for the person.
    const touched = () => { last = Date.now(); };
    for (const kind of ["keydown", "pointerdown", "input", "wheel", "touchstart"]) {
      document.addEventListener(kind, touched, { capture: true, passive: true });
    }
    idleWarning.addEventListener("close", () => { last = Date.now(); });
    document.getElementById("idle-continue").addEventListener("click", () => idleWarning.close());
    setInterval(() => {
      // A slow answer from the bot is no absence of the person.
      if (resetting || busy || !(started || input.value)) { last = Date.now(); return; }
      const idle = Date.now() - last;
      if (idle >= idleMs) reset();
      else if (idle < idleMs - warnMs) { if (idleWarning.open) idleWarning.close(); }
      else if (!idleWarning.open) idleWarning.showModal();
    }, 500);
  }

  async function startTerminal() {
    document.documentElement.classList.add("terminal");
    newPerson.hidden = false;
    newPerson.addEventListener("click", reset);
    let minutes = 5;
    try {
      const settings = await (await fetch("/settings.json")).json();
      if (settings.terminal_idle_minutes > 0) minutes = settings.terminal_idle_minutes;
    } catch (error) {
      // Keep the default: a terminal without a timeout would show the last person's answers.
    }
    watchIdle(minutes);
  }

  if (terminal) startTerminal();
  loadStrings(language);
})();

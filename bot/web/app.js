// The Iris chat widget: plain JavaScript over the REST channel of the same origin.
// Nothing is stored in the browser; the sender id is random and lives only in this page.
"use strict";

(function () {
  const sender = crypto.randomUUID();
  const log = document.getElementById("log");
  const form = document.getElementById("composer");
  const input = document.getElementById("message");
  const status = document.getElementById("status");
  const otherLanguage = document.getElementById("other-language");
  let language = new URLSearchParams(location.search).get("lang") ||
    ((navigator.language || "").toLowerCase().startsWith("nl") ? "nl" : "fr");
  let strings = {};

  async function loadStrings(lang) {
    const reply = await fetch("/strings/" + lang + ".json");
    strings = await reply.json();
    language = lang;
    document.documentElement.lang = lang;
    document.title = strings.title;
    document.getElementById("title").textContent = strings.title;
    document.getElementById("intro").textContent = strings.intro;
    document.getElementById("log-label").textContent = strings.log_label;
    document.getElementById("message-label").textContent = strings.input_label;
    document.getElementById("send").textContent = strings.send;
    otherLanguage.textContent = strings.other_language;
    otherLanguage.lang = lang === "fr" ? "nl" : "fr";
  }

  // Text from the bot is always shown as text (textContent), never parsed as HTML.
  function show(text, who, lang, options) {
    const item = document.createElement("div");
    item.className = "message " + (who === "me" ? "me" : "bot");
    item.lang = lang;
    const name = document.createElement("span");
    name.className = "who";
    name.textContent = who === "me" ? strings.you : strings.iris;
    item.appendChild(name);
    item.appendChild(document.createTextNode(text));
    if (options && options.length) {
      const row = document.createElement("div");
      row.className = "options";
      for (const option of options) {
        const button = document.createElement("button");
        button.type = "button";
        button.textContent = option.title;
        button.addEventListener("click", () => send(option.payload || option.title, option.title));
        row.appendChild(button);
      }
      item.appendChild(row);
    }
    log.appendChild(item);
    item.scrollIntoView({ block: "end" });
  }

  function askMode(custom) {
    const numeric = custom && ["age", "children", "monthly_income"].includes(custom.ask);
    input.inputMode = numeric ? "decimal" : "text";
  }

  async function send(payload, shown) {
    show(shown || payload, "me", language);
    status.textContent = strings.waiting;
    try {
      const reply = await fetch("/webhooks/rest/webhook", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ sender: sender, message: payload }),
      });
      if (!reply.ok) throw new Error(String(reply.status));
      const messages = await reply.json();
      status.textContent = "";
      for (const message of messages) {
        const custom = message.custom || {};
        if (custom.language && custom.language !== language) await loadStrings(custom.language);
        if (message.text) show(message.text, "bot", custom.language || language, message.buttons);
        askMode(custom);
      }
    } catch (error) {
      status.textContent = strings.error;
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    input.value = "";
    send(text);
  });

  otherLanguage.addEventListener("click", () => send(strings.other_language_request));

  loadStrings(language);
})();

'use strict';
// telegram-test-api 4.2.1 with the incompatibilities that break the real Telegram.Bot 22.x client
// patched (see /work/shared/reference/test-emulators.md), plus a few test-only routes under /_test.
// Usage: node telegram.js [port] [host]   (env TELEGRAM_EMULATOR_PORT / TELEGRAM_EMULATOR_HOST)
const axios = require('axios');
const sendResultModule = require('telegram-test-api/lib/modules/sendResult');
const routesModule = require('telegram-test-api/lib/routes/index');
const TelegramServer = require('telegram-test-api');

const port = Number(process.argv[2] || process.env.TELEGRAM_EMULATOR_PORT || 9000);
const host = process.argv[3] || process.env.TELEGRAM_EMULATOR_HOST || '127.0.0.1';
const BOT_USER = { id: 666, is_bot: true, first_name: 'MoitBot', username: 'TestNameBot' };
const seconds = (ms) => Math.floor(ms / 1000);

// 3. Telegram-style errors: HTTP 4xx with {ok:false, error_code, description}.
sendResultModule.sendResult = (_req, res, next) => {
  const fail = (code, description, parameters) => res.status(code).json({ ok: false, error_code: code, description, parameters });
  res.sendError = (error) => {
    const text = String((error && error.message) || 'Bad Request');
    const code = error.http || (/not supported|Route not found/.test(text) ? 404 : 400);
    fail(code, code === 404 ? `Not Found: ${text}` : `Bad Request: ${text}`);
  };
  res.sendResult = (value) => Promise.resolve(value).then(
    (r) => (r && r.ok === false ? fail(r.error_code || 400, r.description || 'Bad Request', r.parameters) : res.json(r)),
    (e) => res.sendError(e));
  next();
};

const state = { failures: {}, callbackAnswers: {}, commands: {}, files: {}, waiters: {}, fileSeq: 1 };

function toTelegramMessage(server, stored) {
  const { chat_id: rawChatId, reply_markup: markup, ...m } = stored.message;
  const chatId = Number(rawChatId);
  return {
    ...m,
    reply_markup: markup && markup.inline_keyboard ? markup : undefined,
    message_id: stored.messageId,
    date: seconds(stored.time),
    from: BOT_USER,
    chat: { id: chatId, type: chatId < 0 ? 'supergroup' : 'private', first_name: 'User' },
    edit_date: stored.edited ? seconds(Date.now()) : undefined,
  };
}

function findBotMessage(server, chatId, messageId) {
  return server.storage.botMessages.find((u) => String(u.messageId) === String(messageId) && String(u.message.chat_id) === String(chatId));
}

// 4 + the rest: updates as Telegram sends them (chat_instance, full message on callbacks, seconds).
TelegramServer.formatUpdate = function formatUpdate(update) {
  const server = formatUpdate.server;
  if ('callbackQuery' in update) {
    const cq = update.callbackQuery;
    const chatId = cq.message && cq.message.chat && cq.message.chat.id;
    const stored = findBotMessage(server, chatId, cq.message && cq.message.message_id);
    return {
      update_id: update.updateId,
      callback_query: {
        id: String(update.callbackId),
        from: cq.from,
        message: stored ? toTelegramMessage(server, stored) : {
          date: seconds(update.time),
          ...cq.message,
          chat: { type: chatId < 0 ? 'supergroup' : 'private', ...cq.message.chat },
        },
        chat_instance: String(chatId),
        data: cq.data,
      },
    };
  }
  const { botToken, reply_to_message_id: replyTo, ...message } = update.message;
  if (!message.date) message.date = seconds(update.time);
  if (message.date > 1e11) message.date = seconds(message.date);
  if (message.chat && !message.chat.type) message.chat.type = message.chat.id < 0 ? 'supergroup' : 'private';
  if (replyTo && !message.reply_to_message) {
    const stored = findBotMessage(server, message.chat && message.chat.id, replyTo);
    if (stored) message.reply_to_message = toTelegramMessage(server, stored);
  }
  return { update_id: update.updateId, message: { ...message, message_id: update.messageId } };
};

function wake(token) {
  const list = state.waiters[token] || [];
  state.waiters[token] = [];
  list.forEach((resolve) => resolve());
}

function takeFailure(token, method) {
  const key = `${token}/${method}`;
  const f = state.failures[key];
  if (!f || f.count <= 0) return null;
  f.count -= 1;
  return f;
}

function patchServer(server) {
  TelegramServer.formatUpdate.server = server;
  // Counters are taken synchronously so concurrent user messages never share an id.
  server.addUserUpdate = async function addUserUpdate(update) {
    this.updateId += 1;
    const webhook = this.webhooks[update.botToken];
    if (!webhook) {
      this.storage.userMessages.push(update);
      wake(update.botToken);
      return { update_id: update.updateId };
    }
    // 7. Send the secret header and never crash on an unreachable webhook.
    const headers = webhook.secret_token ? { 'X-Telegram-Bot-Api-Secret-Token': webhook.secret_token } : {};
    try {
      const resp = await axios({ url: webhook.url, method: 'POST', data: TelegramServer.formatUpdate(update), headers, timeout: 15000, validateStatus: () => true });
      webhook.lastStatus = resp.status;
    } catch (e) {
      webhook.lastStatus = 0;
      webhook.lastError = e.message;
    }
    return { update_id: update.updateId, webhook_status: webhook.lastStatus };
  };
  const addUser = (extra) => function add(body) {
    const fields = this.getCommonFields(body.botToken);
    this.messageId += 1;
    if (extra === 'callback') {
      fields.callbackId = this.callbackId;
      this.callbackId += 1;
      return this.addUserUpdate({ ...fields, callbackQuery: body }).then((r) => ({ ...r, message_id: fields.messageId }));
    }
    return this.addUserUpdate({ ...fields, message: body }).then((r) => ({ ...r, message_id: fields.messageId }));
  };
  server.addUserMessage = addUser('message');
  server.addUserCommand = addUser('message');
  server.addUserCallback = addUser('callback');
  // 1. date in seconds, from and a real chat on sent messages.
  const originalAdd = server.addBotMessage.bind(server);
  server.addBotMessage = (raw, token) => {
    originalAdd(raw, token);
    const stored = server.storage.botMessages[server.storage.botMessages.length - 1];
    return toTelegramMessage(server, stored);
  };
}

function botRoute(app, method, handler) {
  app.all(`/bot:token/${method}`, async (req, res) => {
    const token = req.params.token;
    const failure = takeFailure(token, method);
    if (failure) {
      const parameters = failure.retryAfter ? { retry_after: failure.retryAfter } : undefined;
      const description = failure.status === 429 ? `Too Many Requests: retry after ${failure.retryAfter}` : 'Bad Gateway';
      res.status(failure.status).json({ ok: false, error_code: failure.status, description, parameters });
      return;
    }
    try {
      const body = { ...req.query, ...(req.body || {}) };
      const result = await handler(token, body, req, res);
      if (result !== undefined) res.json({ ok: true, result });
    } catch (e) {
      res.sendError(e);
    }
  });
}

function readRaw(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

// 6. sendDocument / sendPhoto: Telegram.Bot posts multipart; keep the fields, record the file.
async function multipartFields(req) {
  if (!/multipart\/form-data/.test(req.headers['content-type'] || '')) return req.body || {};
  const raw = (await readRaw(req)).toString('latin1');
  const fields = {};
  const re = /name="([^"]+)"(?:; filename="([^"]*)")?[^\r\n]*\r\n(?:[^\r\n]+\r\n)*\r\n([\s\S]*?)\r\n--/g;
  let m;
  while ((m = re.exec(raw)) !== null) {
    fields[m[1]] = m[2] !== undefined ? { filename: m[2], size: m[3].length } : Buffer.from(m[3], 'latin1').toString('utf8');
  }
  return fields;
}

function registerPatches(app, server) {
  patchServer(server);
  botRoute(app, 'getMe', () => ({ ...BOT_USER, can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false }));
  // 5. getUpdates honouring offset, limit and the long-poll timeout.
  botRoute(app, 'getUpdates', async (token, body, req) => {
    const offset = Number(body.offset || 0);
    const limit = Math.min(Number(body.limit || 100), 100);
    const timeout = Math.min(Number(body.timeout || 0), 50);
    if (offset > 0) {
      server.storage.userMessages = server.storage.userMessages.filter((u) => u.botToken !== token || u.updateId >= offset);
    }
    const collect = () => server.storage.userMessages
      .filter((u) => u.botToken === token && u.updateId >= offset)
      .sort((a, b) => a.updateId - b.updateId).slice(0, limit)
      .map((u) => TelegramServer.formatUpdate(u));
    let result = collect();
    if (result.length === 0 && timeout > 0) {
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, timeout * 1000);
        (state.waiters[token] = state.waiters[token] || []).push(() => { clearTimeout(timer); resolve(); });
        req.on('close', () => { clearTimeout(timer); resolve(); });
      });
      result = collect();
    }
    return result;
  });
  botRoute(app, 'sendMessage', (token, body) => {
    if (!body.chat_id || body.text === undefined || String(body.text).length === 0) throw new Error('message text is empty');
    if (String(body.text).length > 4096) throw new Error('message is too long');
    return server.addBotMessage(body, token);
  });
  // 2. true or the edited message instead of null.
  botRoute(app, 'answerCallbackQuery', (token, body) => {
    (state.callbackAnswers[token] = state.callbackAnswers[token] || []).push(body);
    return true;
  });
  const edit = (apply) => (token, body) => {
    const stored = findBotMessage(server, body.chat_id, body.message_id);
    if (!stored) throw new Error('message to edit not found');
    apply(body);
    stored.edited = true;
    return toTelegramMessage(server, stored);
  };
  botRoute(app, 'editMessageText', edit((b) => server.editMessageText(b)));
  botRoute(app, 'editMessageReplyMarkup', edit((b) => server.editMessageReplyMarkup(b)));
  botRoute(app, 'setWebhook', (token, body) => {
    if (!body.url) throw new Error('bad webhook: An HTTPS URL must be provided for webhook');
    server.setWebhook({ url: body.url, secret_token: body.secret_token }, token);
    return true;
  });
  botRoute(app, 'deleteWebhook', (token) => { server.deleteWebhook(token); return true; });
  botRoute(app, 'getWebhookInfo', (token) => {
    const w = server.webhooks[token];
    return { url: w ? w.url : '', has_custom_certificate: false, pending_update_count: 0 };
  });
  botRoute(app, 'setMyCommands', (token, body) => {
    state.commands[token] = typeof body.commands === 'string' ? JSON.parse(body.commands) : body.commands;
    return true;
  });
  botRoute(app, 'getMyCommands', (token) => state.commands[token] || []);
  botRoute(app, 'deleteMyCommands', (token) => { delete state.commands[token]; return true; });
  botRoute(app, 'sendChatAction', () => true);
  for (const method of ['sendDocument', 'sendPhoto']) {
    botRoute(app, method, async (token, _body, req) => {
      const fields = await multipartFields(req);
      const kind = method === 'sendPhoto' ? 'photo' : 'document';
      const file = fields[kind];
      const msg = server.addBotMessage({ chat_id: fields.chat_id, text: fields.caption || '', caption: fields.caption, [kind]: file }, token);
      return msg;
    });
  }
  botRoute(app, 'getFile', (token, body) => {
    const f = state.files[body.file_id];
    if (!f) throw new Error('invalid file_id');
    return { file_id: body.file_id, file_unique_id: f.uniqueId, file_size: f.bytes.length, file_path: f.path };
  });
  app.get('/file/bot:token/*', (req, res) => {
    const path = req.params[0];
    const f = Object.values(state.files).find((x) => x.path === path);
    if (!f) { res.status(404).json({ ok: false, error_code: 404, description: 'Not Found' }); return; }
    res.type('application/octet-stream').send(f.bytes);
  });
  botRoute(app, 'deleteMessage', (token, body) => {
    if (!server.deleteMessage(Number(body.chat_id), Number(body.message_id))) throw new Error('message to delete not found');
    return true;
  });

  // User side: answer with the ids the update got, and wait for webhook delivery.
  const userRoute = (path, add) => app.post(path, async (req, res) => {
    try {
      res.json({ ok: true, result: await add(req.body) });
    } catch (e) {
      res.status(400).json({ ok: false, error_code: 400, description: String(e.message) });
    }
  });
  userRoute('/sendMessage', (b) => server.addUserMessage(b));
  userRoute('/sendCommand', (b) => server.addUserCommand(b));
  userRoute('/sendCallback', (b) => server.addUserCallback(b));

  // Test-only routes.
  app.post('/_test/failNext', (req, res) => {
    const { token, method, count = 1, status = 429, retryAfter } = req.body;
    state.failures[`${token}/${method}`] = { count: Number(count), status: Number(status), retryAfter: retryAfter ? Number(retryAfter) : undefined };
    res.json({ ok: true, result: true });
  });
  app.post('/_test/botMessages', (req, res) => {
    const { token, chatId } = req.body;
    const result = server.storage.botMessages
      .filter((u) => u.botToken === token && (chatId === undefined || String(u.message.chat_id) === String(chatId)))
      .map((u) => ({ ...toTelegramMessage(server, u), keyboard: u.message.reply_markup }));
    res.json({ ok: true, result });
  });
  app.post('/_test/callbackAnswers', (req, res) => res.json({ ok: true, result: state.callbackAnswers[req.body.token] || [] }));
  app.post('/_test/commands', (req, res) => res.json({ ok: true, result: state.commands[req.body.token] || null }));
  app.post('/_test/webhook', (req, res) => res.json({ ok: true, result: server.webhooks[req.body.token] || null }));
  app.post('/_test/uploadFile', (req, res) => {
    const { fileName = 'file.bin', base64 = '' } = req.body;
    const n = state.fileSeq++;
    const fileId = `file-${n}`;
    state.files[fileId] = { uniqueId: `u${n}`, path: `documents/${n}-${fileName}`, bytes: Buffer.from(base64, 'base64') };
    res.json({ ok: true, result: { file_id: fileId, file_unique_id: `u${n}`, file_size: state.files[fileId].bytes.length } });
  });
  // Resolves when the bot has sent at least `count` messages to the chat (used by the load benchmark).
  app.post('/_test/waitBotMessages', (req, res) => {
    const { token, chatId, count = 1, timeoutMs = 30000 } = req.body;
    const have = () => server.storage.botMessages.filter((u) => u.botToken === token && String(u.message.chat_id) === String(chatId)).length;
    if (have() >= count) { res.json({ ok: true, result: have() }); return; }
    const check = () => {
      if (have() >= count) { done(); res.json({ ok: true, result: have() }); }
    };
    const timer = setTimeout(() => { done(); res.status(408).json({ ok: false, error_code: 408, description: 'timeout' }); }, timeoutMs);
    const done = () => { clearTimeout(timer); server.off('AddedBotMessage', check); };
    server.on('AddedBotMessage', check);
  });
  app.get('/_test/ping', (_req, res) => res.json({ ok: true, result: 'pong' }));
}

routesModule.routes.unshift(registerPatches);
process.on('unhandledRejection', (e) => console.error('unhandled rejection:', e && e.message));

// 8. Unread messages are kept for an hour.
const server = new TelegramServer({ port, host, storeTimeout: 3600 });
server.setMaxListeners(0);
server.start().then(() => {
  console.log(`Listening on ${port}`);
}, (e) => {
  console.error(`telegram emulator failed to start: ${e.message}`);
  process.exit(1);
});
const stop = () => server.stop().finally(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

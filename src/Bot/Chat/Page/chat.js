// All text from the server is inserted with textContent: answers quote user and source text.
(function () {
  const form = document.getElementById('ask-form');
  const input = document.getElementById('question');
  const button = document.getElementById('ask-button');
  const conversation = document.getElementById('conversation');

  function add(className, text) {
    const div = document.createElement('div');
    div.className = 'message ' + className;
    div.textContent = text;
    conversation.appendChild(div);
    div.scrollIntoView({ behavior: 'smooth', block: 'end' });
    return div;
  }

  function confidenceLabel(value) {
    if (value >= 0.8) return 'Độ tin cậy: cao';
    if (value >= 0.55) return 'Độ tin cậy: trung bình';
    return 'Độ tin cậy: thấp';
  }

  function render(data) {
    const div = add('answer' + (data.escalate ? ' escalate' : ''), data.answer);
    div.setAttribute('data-testid', 'answer');
    if (data.citations && data.citations.length) {
      const sources = document.createElement('div');
      sources.className = 'sources';
      const title = document.createElement('strong');
      title.textContent = 'Căn cứ:';
      sources.appendChild(title);
      const list = document.createElement('ol');
      for (const c of data.citations) {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = c.url;
        link.rel = 'noopener';
        link.textContent = c.title + (c.article ? ' – ' + c.article : '');
        item.appendChild(link);
        list.appendChild(item);
      }
      sources.appendChild(list);
      div.appendChild(sources);
    }
    const meta = document.createElement('div');
    meta.className = 'meta';
    meta.textContent = confidenceLabel(data.confidence) + (data.department ? ' · Đơn vị phụ trách: ' + data.department : '');
    div.appendChild(meta);
  }

  form.addEventListener('submit', async function (event) {
    event.preventDefault();
    const question = input.value.trim();
    if (!question) { input.focus(); return; }
    add('question', question);
    input.value = '';
    button.disabled = true;
    try {
      const response = await fetch('/api/ask', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ question: question })
      });
      const data = await response.json();
      render(data);
    } catch (e) {
      add('answer escalate', 'Không gửi được câu hỏi. Vui lòng kiểm tra kết nối và thử lại.');
    } finally {
      button.disabled = false;
      input.focus();
    }
  });
})();

// Passkey ceremonies (WebAuthn) for the pages /mfa/passkeys (register: data-ceremony="create") and /mfa/passkey
// (sign in: data-ceremony="get"): asks the server for options, lets the browser's authenticator answer, posts the
// answer and goes where the server says.
(function () {
  'use strict';

  function csrfHeaders() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    if (token && header) {
      headers[header.content] = token.content;
    }
    return headers;
  }

  function post(url, body) {
    return fetch(url, { method: 'POST', headers: csrfHeaders(), body: body, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      });
  }

  function run(button) {
    var status = document.getElementById('passkey-status');
    button.disabled = true;
    status.textContent = 'Waiting for your passkey…';
    post(button.dataset.options, '{}')
      .then(function (options) {
        return button.dataset.ceremony === 'create'
          ? navigator.credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options) })
          : navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options) });
      })
      .then(function (credential) {
        return post(button.dataset.submit, JSON.stringify(credential.toJSON()));
      })
      .then(function (answer) {
        window.location.assign(answer.next);
      })
      .catch(function () {
        status.textContent = button.dataset.failed;
        button.disabled = false;
        button.focus();
      });
  }

  document.querySelectorAll('[data-ceremony]').forEach(function (button) {
    button.addEventListener('click', function () { run(button); });
  });
})();

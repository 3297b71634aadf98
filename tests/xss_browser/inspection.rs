//! What the browser is watched with: a trap installed before any page script, a search of
//! the DOM for anything a payload could have made, and a form filler for pages that echo
//! what was typed.

use std::time::{Duration, Instant};

use serde_json::{json, Value};

use super::corpus::MARKER;
use crate::support::browser::Browser;

/// Runs before any script of every page and frame: records dialogs and CSP violations.
pub const TRAP: &str = r#"(() => {
  const log = [];
  Object.defineProperty(window, '__xssLog', { value: log });
  for (const name of ['alert', 'confirm', 'prompt', 'print']) {
    window[name] = function () {
      log.push(name + '(' + Array.from(arguments).join(', ') + ') was called');
      return null;
    };
  }
  window.addEventListener('securitypolicyviolation', (e) => {
    log.push('the Content-Security-Policy blocked ' + e.effectiveDirective + ' ' +
      JSON.stringify(e.sample || e.blockedURI) + ' (' + e.sourceFile + ':' + e.lineNumber + ')');
  }, true);
})();"#;

/// Inspects the page after load (see `tests/xss_browser.rs`). Answers
/// `{problems, log, text, attributes}`.
pub const INSPECT: &str = r#"
const [marker, done] = [arguments[0], arguments[arguments.length - 1]];
const problems = [], texts = [], attributes = [];
const unsafeUrl = (v) => /^(javascript|vbscript|data):/.test(v.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase());
// The attributes where a payload is text: form values (inputs' and buttons'), meta content, alt text, titles,
// ARIA labels, the site's share and mailto links (and what static/share.js shares), and
// image paths under /static/.
const textual = (tag, name, value) =>
  ((tag === 'input' || tag === 'button') && name === 'value') || (tag === 'meta' && name === 'content') ||
  (tag === 'img' && name === 'alt') || (tag === 'iframe' && name === 'title') ||
  name === 'aria-label' || ['data-title', 'data-text', 'data-copy'].includes(name) || (tag === 'a' && name === 'href' && /^(https?:|mailto:)/i.test(value)) ||
  (tag === 'img' && name === 'src' && value.startsWith('/static/'));
const urlNames = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'srcdoc', 'background'];
for (const el of document.querySelectorAll('*')) {
  const tag = el.localName;
  const at = '<' + tag + (el.id ? '#' + el.id : '') + '>';
  if (tag.includes('xss')) problems.push(at + ' is an element made from a payload');
  for (const { name, value } of Array.from(el.attributes)) {
    const n = name.toLowerCase();
    if (n.startsWith('on')) problems.push(at + ' has an event handler: ' + n + '=' + JSON.stringify(value));
    if (n.includes('xss') || n.includes('alert')) problems.push(at + ' has an attribute made from a payload: ' + n);
    if (urlNames.includes(n) && unsafeUrl(value)) problems.push(at + ' has a script URL: ' + n + '=' + JSON.stringify(value));
    if (value.includes(marker)) {
      if (textual(tag, n, value)) attributes.push(value);
      else problems.push(at + ' carries a payload in ' + n + '=' + JSON.stringify(value));
    }
  }
  if (tag === 'script') {
    const src = el.getAttribute('src') ? new URL(el.src) : null;
    if (!src || src.origin !== location.origin || !src.pathname.startsWith('/static/'))
      problems.push(at + ' is a script that is not one of the site\'s files: ' + el.outerHTML.slice(0, 200));
    if (el.textContent.trim()) problems.push(at + ' has inline script: ' + el.textContent.slice(0, 200));
  }
  if (['base', 'object', 'embed', 'applet', 'frame', 'frameset', 'style', 'portal'].includes(tag))
    problems.push(at + ' is an element the site never makes: ' + el.outerHTML.slice(0, 200));
  if (tag === 'meta' && el.hasAttribute('http-equiv')) problems.push(at + ' is a meta http-equiv: ' + el.outerHTML.slice(0, 200));
  if (tag === 'iframe') {
    const src = new URL(el.src, location.href);
    if (src.origin !== location.origin || !/^\/campaigns\/[^/]+\/embed$/.test(src.pathname))
      problems.push(at + ' frames something other than the site\'s embed: ' + el.src);
  }
  if (tag === 'option') texts.push(el.textContent);
}
texts.push(document.title);
if (document.body) texts.push(document.body.innerText);
for (const el of document.querySelectorAll('input, textarea')) texts.push(el.value);
// Let violation reports queued during parsing arrive.
setTimeout(() => done({
  problems,
  log: Array.from(window.__xssLog || ['the trap was not installed']),
  text: texts.join('\n'),
  attributes: attributes.join('\n'),
}), 50);
"#;

/// Opens and inspects pages, and keeps every failure found until the end.
pub struct Inspector {
    browser: Browser,
    base: String,
    pub failures: Vec<String>,
    pub pages: usize,
    pub markers_seen: usize,
}

impl Inspector {
    /// Installs the trap for every page the browser opens from now on.
    pub async fn new(browser: Browser, base: &str) -> Inspector {
        browser
            .cdp(
                "Page.addScriptToEvaluateOnNewDocument",
                json!({ "source": TRAP }),
            )
            .await;
        Inspector {
            browser,
            base: base.to_owned(),
            failures: Vec::new(),
            pages: 0,
            markers_seen: 0,
        }
    }

    pub fn browser(&self) -> &Browser {
        &self.browser
    }

    pub async fn goto(&self, path: &str) {
        self.browser
            .goto(&format!("{}{path}", self.base))
            .await
            .unwrap_or_else(|e| panic!("open {path}: {e}"));
    }

    /// Opens `path` and inspects it.
    pub async fn visit(&mut self, path: &str, shown: &[String]) {
        self.goto(path).await;
        self.inspect(path, shown, &[]).await;
    }

    /// Inspects the page the browser is on: nothing injected or run, every marker in
    /// `shown` visible as text and every one in `in_attributes` in a text attribute.
    pub async fn inspect(&mut self, label: &str, shown: &[String], in_attributes: &[String]) {
        let found = self
            .browser
            .execute_async(INSPECT, vec![json!(MARKER)])
            .await
            .unwrap_or_else(|e| panic!("inspect {label}: {e}"));
        self.pages += 1;
        let list = |key: &str| -> Vec<String> {
            found[key]
                .as_array()
                .into_iter()
                .flatten()
                .map(|v| v.as_str().unwrap_or_default().to_owned())
                .collect()
        };
        for problem in list("problems") {
            self.failures
                .push(format!("{label}: injected markup: {problem}"));
        }
        for event in list("log") {
            self.failures.push(format!("{label}: {event}"));
        }
        for (key, markers, place) in [
            ("text", shown, "as text"),
            ("attributes", in_attributes, "in a text attribute"),
        ] {
            let seen = found[key].as_str().unwrap_or_default();
            for marker in markers {
                if seen.contains(marker.as_str()) {
                    self.markers_seen += 1;
                } else {
                    self.failures
                        .push(format!("{label}: {marker} is not shown {place}"));
                }
            }
        }
    }

    /// Fills in the form `form` on the current page as typed (adding fields it lacks as
    /// hidden ones), presses `button` (its first submit button if `None`), skipping the
    /// browser's own checks so the server sees the answers, and waits for the answer page.
    pub async fn submit(&self, form: &str, fields: &[(&str, &str)], button: Option<&str>) {
        let fields: Vec<Value> = fields.iter().map(|(n, v)| json!([n, v])).collect();
        let problem = self
            .browser
            .execute(FILL_IN, vec![json!(form), json!(fields), json!(button)])
            .await
            .expect("fill in the form");
        assert!(problem.is_null(), "{problem}");
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let arrived = self
                .browser
                .execute(
                    "return window.__leaving === undefined && document.readyState === 'complete';",
                    vec![],
                )
                .await
                .unwrap_or(Value::Bool(false));
            if arrived == Value::Bool(true) {
                return;
            }
            assert!(Instant::now() < deadline, "submitting {form} led nowhere");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// The inspection catches a payload that did get in: an event handler, a script URL,
    /// a dialog and the CSP violation the handler causes.
    pub async fn catches_an_injection(&self) {
        self.goto("/").await;
        self.browser
            .execute(
                "document.body.insertAdjacentHTML('beforeend', \
                   '<img src=x onerror=\"alert(1)\" alt=\"xss-7f3a-canary\">' + \
                   '<a href=\"javascript:void(0)\">xss-7f3a-canary</a>'); \
                 window.alert('by hand');",
                vec![],
            )
            .await
            .expect("inject by hand");
        let mut canary = Inspector {
            browser: self.browser.clone(),
            base: self.base.clone(),
            failures: Vec::new(),
            pages: 0,
            markers_seen: 0,
        };
        canary.inspect("canary", &[], &[]).await;
        let all = canary.failures.join("\n");
        for expected in [
            "has an event handler: onerror",
            "has a script URL: href",
            "alert(by hand) was called",
            "the Content-Security-Policy blocked script-src-attr",
        ] {
            assert!(
                all.contains(expected),
                "the inspection missed {expected:?}; it found:\n{all}"
            );
        }
    }
}

/// Sets a form's fields and submits it (see [`Inspector::submit`]); answers why it could
/// not, or null.
const FILL_IN: &str = r#"
const [css, fields, buttonCss] = arguments;
const form = document.querySelector(css);
if (!form) return 'no form ' + css;
for (const [name, value] of fields) {
  let el = form.elements.namedItem(name);
  if (el && !(el instanceof Element)) el = el[0];
  if (!el) {
    el = document.createElement('input');
    el.type = 'hidden';
    el.name = name;
    form.appendChild(el);
  }
  if (el.type === 'checkbox') el.checked = value !== ''; else el.value = value;
}
window.__leaving = true;
form.noValidate = true;
const button = buttonCss ? form.querySelector(buttonCss) : null;
if (buttonCss && !button) return 'no button ' + buttonCss;
form.requestSubmit(button);
return null;
"#;

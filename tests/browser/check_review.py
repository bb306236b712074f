#!/usr/bin/python3
"""check_review: the review page of `render batch` in headless chromium.

A copy of data/ is drawn, kept as the old version (a folder, and a git
commit), then edited: one label changed (majlis-2016), one figure added,
one removed. `render batch --compare` against the folder and against the
git commit must each give a page that loads with no console error and no
failed request, whose every image loads, whose changed and new figures are
open and unchanged ones folded, that lists the removed figure, and whose
difference picture, as chromium shows it, marks in magenta the place where
the old and new PNG differ, and nowhere else.

Usage: check_review.py RENDER WORKDIR   (run from the source tree)
Talks to chromium over --remote-debugging-pipe (the DevTools protocol on
file descriptors 3 and 4): no extra package. Needs chromium, python3-pil.
"""
import base64
import io
import json
import os
import shutil
import subprocess
import sys

from PIL import Image, ImageChops

failures = []


def fail(msg):
    failures.append(msg)
    print('FAIL ' + msg)


def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                       timeout=300, **kw)
    if r.returncode != 0:
        raise RuntimeError('%s: exit %d: %s' % (' '.join(cmd), r.returncode, r.stderr))
    return r.stdout


class Chromium:
    """A headless chromium driven through the DevTools protocol on pipes."""

    def __init__(self, profile):
        to_child, self.out = os.pipe()     # chromium reads commands on fd 3
        self.inp, from_child = os.pipe()   # and writes answers on fd 4
        # High numbers first, so moving them onto 3 and 4 clobbers nothing.
        hi = [os.dup(fd) for fd in (to_child, from_child)]
        hi = [fcntl_dup_high(fd) for fd in hi]

        def child():
            os.dup2(hi[0], 3)
            os.dup2(hi[1], 4)
        self.proc = subprocess.Popen(
            ['chromium', '--headless', '--no-sandbox', '--disable-gpu',
             '--disable-background-networking', '--no-first-run',
             '--disable-component-update', '--disable-sync', '--hide-scrollbars',
             '--user-data-dir=' + profile, '--remote-debugging-pipe',
             '--window-size=1400,1000', 'about:blank'],
            pass_fds=hi + [3, 4], preexec_fn=child, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL)
        for fd in [to_child, from_child] + hi:
            os.close(fd)
        self.buf = b''
        self.next_id = 0
        self.events = []
        target = self.call('Target.createTarget', url='about:blank')['targetId']
        self.session = self.call('Target.attachToTarget', targetId=target,
                                 flatten=True)['sessionId']
        for domain in ('Page', 'Runtime', 'Log', 'Network'):
            self.call(domain + '.enable', session=True)

    def send(self, method, session, params):
        self.next_id += 1
        msg = {'id': self.next_id, 'method': method, 'params': params}
        if session:
            msg['sessionId'] = self.session
        os.write(self.out, json.dumps(msg).encode() + b'\0')
        return self.next_id

    def receive(self):
        while b'\0' not in self.buf:
            chunk = os.read(self.inp, 1 << 20)
            if not chunk:
                raise RuntimeError('chromium closed the pipe')
            self.buf += chunk
        raw, self.buf = self.buf.split(b'\0', 1)
        return json.loads(raw)

    def call(self, method, session=False, **params):
        want = self.send(method, session, params)
        while True:
            msg = self.receive()
            if msg.get('id') == want:
                if 'error' in msg:
                    raise RuntimeError('%s: %s' % (method, msg['error']))
                return msg.get('result', {})
            self.events.append(msg)

    def wait_for(self, method):
        for i, msg in enumerate(self.events):
            if msg.get('method') == method:
                del self.events[i]
                return msg
        while True:
            msg = self.receive()
            if msg.get('method') == method:
                return msg
            self.events.append(msg)

    def evaluate(self, expression):
        r = self.call('Runtime.evaluate', session=True, expression=expression,
                      returnByValue=True, awaitPromise=True)
        if 'exceptionDetails' in r:
            raise RuntimeError('evaluate: %s' % r['exceptionDetails'])
        return r['result']['value']

    def errors(self):
        """Console errors, exceptions and failed requests seen so far."""
        out = []
        for msg in self.events:
            m, p = msg.get('method'), msg.get('params', {})
            if m == 'Runtime.consoleAPICalled' and p.get('type') in ('error', 'assert'):
                out.append('console: %s' % p.get('args'))
            elif m == 'Runtime.exceptionThrown':
                out.append('exception: %s' % p.get('exceptionDetails'))
            elif m == 'Log.entryAdded' and p['entry'].get('level') == 'error':
                out.append('log: %s' % p['entry'].get('text'))
            elif m == 'Network.loadingFailed':
                out.append('request failed: %s' % p.get('errorText'))
        return out

    def close(self):
        try:
            self.call('Browser.close')
        except RuntimeError:
            pass
        self.proc.wait(timeout=30)
        os.close(self.out)
        os.close(self.inp)


def fcntl_dup_high(fd):
    import fcntl
    high = fcntl.fcntl(fd, fcntl.F_DUPFD, 100)
    os.close(fd)
    return high


PAGE_STATE = r'''(async () => {
  await Promise.all([...document.images].map(i => i.decode().catch(() => null)));
  const imgs = [...document.images].map(i => ({src: i.getAttribute('src'),
      ok: i.complete && i.naturalWidth > 0}));
  const sections = [...document.querySelectorAll('section.figure')].map(s => ({
      id: s.id, state: s.dataset.state,
      open: s.querySelector('details').open,
      title: s.querySelector('h2').textContent}));
  return {imgs, sections};
})()'''


def element_box(browser, selector):
    """The picture's box on the page, a pixel inside its border (the
    difference's border is magenta too, and may fall on a fraction of a
    pixel)."""
    return browser.evaluate(
        '(() => { const e = document.querySelector(%s); e.scrollIntoView(); '
        'const r = e.getBoundingClientRect(); '
        'return {x: r.x + scrollX + e.clientLeft + 1, y: r.y + scrollY + e.clientTop + 1, '
        'width: e.clientWidth - 2, height: e.clientHeight - 2}; })()'
        % json.dumps(selector))


def screenshot(browser, box):
    r = browser.call('Page.captureScreenshot', session=True, format='png',
                     captureBeyondViewport=True,
                     clip=dict(box, scale=1))
    return Image.open(io.BytesIO(base64.b64decode(r['data']))).convert('RGB')


def magenta(im):
    """The pixels of a picture in the difference's magenta (#e6007e, hue
    327 degrees), or blended with the pale grey around it: hue 315-340,
    saturated. The reds of the figures lie at 345 and beyond."""
    hsv = im.convert('HSV').load()
    return [(x, y) for y in range(im.height) for x in range(im.width)
            if 315 <= hsv[x, y][0] * 360 / 255 <= 340 and hsv[x, y][1] > 115
            and hsv[x, y][2] > 127]


def changed_box(old_png, new_png):
    a = Image.open(old_png).convert('RGB')
    b = Image.open(new_png).convert('RGB')
    return ImageChops.difference(a, b).convert('L').point(lambda v: 255 if v > 8 else 0).getbbox(), b.size


def check_page(browser, page, label, want):
    browser.events.clear()
    browser.call('Page.navigate', session=True, url='file://' + page)
    browser.wait_for('Page.loadEventFired')
    state = browser.evaluate(PAGE_STATE)
    for err in browser.errors():
        fail('%s: %s' % (label, err))
    for img in state['imgs']:
        if not img['ok']:
            fail('%s: image %s did not load' % (label, img['src']))
    if not state['imgs']:
        fail('%s: no images' % label)
    got = {s['title']: (s['state'], s['open']) for s in state['sections']}
    for title, expected in want.items():
        if got.get(title) != expected:
            fail('%s: section %s is %s, expected %s' % (label, title, got.get(title),
                                                        expected))
    print('%s: %d images, %d sections, %d errors' % (
        label, len(state['imgs']), len(state['sections']), len(browser.errors())))
    return state


def check_difference(browser, work, label):
    """The diff picture as chromium shows it: magenta where old and new
    differ (scaled to the shown size), none in the old or new picture."""
    box = element_box(browser, '#fig-majlis-2016 img.diff')
    shot = screenshot(browser, box)
    marks = magenta(shot)
    (x0, y0, x1, y1), (w, h) = changed_box(os.path.join(work, 'old', 'majlis-2016.png'),
                                           os.path.join(work, 'out', 'majlis-2016.png'))
    sx, sy = shot.width / w, shot.height / h
    # The outline around the change lies a few pixels out: 4 % of the width.
    pad = 0.04 * shot.width
    inside = [(x, y) for x, y in marks if x0 * sx - pad <= x <= x1 * sx + pad
              and y0 * sy - pad <= y <= y1 * sy + pad]
    if len(marks) < 20:
        fail('%s: the difference shows %d magenta pixels; the change is not marked'
             % (label, len(marks)))
    elif len(inside) < len(marks):
        fail('%s: %d magenta pixels lie away from the change' % (label, len(marks) - len(inside)))
    for cls in ('old', 'new'):
        pic = screenshot(browser, element_box(browser, '#fig-majlis-2016 img.' + cls))
        if len(magenta(pic)) > 0.001 * pic.width * pic.height:
            fail('%s: the %s picture is marked' % (label, cls))
    print('%s: %d magenta pixels, all within the change at x %d-%d, y %d-%d of %dx%d'
          % (label, len(marks), x0, x1, y0, y1, w, h))


def prepare(render, work):
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    shutil.copytree('data', os.path.join(work, 'data'))
    run([render, 'batch', 'data', '-o', 'out', '-j2'], cwd=work)
    shutil.copytree(os.path.join(work, 'out'), os.path.join(work, 'old'))
    git = ['git', '-c', 'user.name=check', '-c', 'user.email=check@example.org']
    run(['git', 'init', '-q'], cwd=work)
    run(['git', 'add', 'data', 'out'], cwd=work)
    run(git + ['commit', '-q', '-m', 'figures'], cwd=work)
    seats = os.path.join(work, 'data', 'seats', 'majlis-2016.csv')
    with open(seats, encoding='utf-8') as f:
        text = f.read()
    # One party renamed: the first data row's first field.
    lines = text.split('\n')
    lines[1] = lines[1].replace(',', ' (edited),', 1)
    edited = '\n'.join(lines)
    if edited == text:
        raise RuntimeError('%s: no data row to edit' % seats)
    with open(seats, 'w', encoding='utf-8') as f:
        f.write(edited)
    timeline = os.path.join(work, 'data', 'timeline')
    shutil.copy(os.path.join(timeline, 'democratic-party.csv'),
                os.path.join(timeline, 'added-figure.csv'))
    os.remove(os.path.join(timeline, 'democratic-party-context.csv'))
    os.remove(os.path.join(timeline, 'democratic-party-context.args'))


def main():
    render = os.path.abspath(sys.argv[1])
    work = os.path.abspath(sys.argv[2])
    prepare(render, work)
    want = {'majlis-2016': ('changed', True), 'added-figure': ('new', True),
            'democratic-party': ('unchanged', False),
            'majlis-2016-2023': ('unchanged', False),
            'democratic-party-context': ('removed', True)}
    browser = Chromium(os.path.join(work, 'profile'))
    try:
        page = os.path.join(work, 'out', 'index.html')
        for label, old in (('folder', 'old'), ('git', 'HEAD')):
            run([render, 'batch', 'data', '-o', 'out', '--compare', old], cwd=work)
            check_page(browser, page, label, want)
            check_difference(browser, work, label)
        run([render, 'batch', 'data', '-o', 'out', '--review'], cwd=work)
        plain = {t: ('plain', True) for t in ('majlis-2016', 'added-figure',
                                              'democratic-party')}
        check_page(browser, page, 'plain', plain)
    finally:
        browser.close()
    print('%d failure(s)' % len(failures))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())

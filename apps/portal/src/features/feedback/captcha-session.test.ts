import { describe, expect, it, vi } from 'vitest';
import { CaptchaFailedError, createCaptchaSession, type CaptchaWidget } from './captcha-session';

/** Stands in for `<altcha-widget>`: its events, and verify/reset that the test drives. */
class FakeWidget extends EventTarget implements CaptchaWidget {
  state = 'unverified';
  verify = vi.fn(async () => {
    this.emit('verifying');
  });
  reset = vi.fn(() => this.emit('unverified'));
  getState = () => this.state;

  emit(state: string, payload: string | null = null) {
    this.state = state;
    this.dispatchEvent(new CustomEvent('statechange', { detail: { state, payload } }));
  }
}

describe('createCaptchaSession', () => {
  it('follows the widget: loading, then its state, and the payload once verified', () => {
    const session = createCaptchaSession();
    expect(session.getSnapshot()).toEqual({ status: 'loading', payload: '' });
    const widget = new FakeWidget();
    session.attach(widget);
    expect(session.getSnapshot().status).toBe('unverified');
    widget.emit('verified', 'payload-1');
    expect(session.getSnapshot()).toEqual({ status: 'verified', payload: 'payload-1' });
    widget.emit('expired');
    expect(session.getSnapshot()).toEqual({ status: 'expired', payload: '' });
  });

  it('keeps the payload when the same widget is attached again while verified', () => {
    const session = createCaptchaSession();
    const widget = new FakeWidget();
    const detach = session.attach(widget);
    widget.emit('verified', 'payload-1');
    detach();
    session.attach(widget);
    expect(session.getSnapshot()).toEqual({ status: 'verified', payload: 'payload-1' });
  });

  it('waits for the widget to mount before using it (its methods come with its `load` event)', () => {
    const session = createCaptchaSession();
    const element = new EventTarget() as CaptchaWidget;
    session.attach(element);
    expect(session.getSnapshot().status).toBe('loading');
    const widget = new FakeWidget();
    Object.assign(element, { verify: widget.verify, reset: widget.reset, getState: () => 'unverified' });
    element.dispatchEvent(new Event('load'));
    expect(session.getSnapshot().status).toBe('unverified');
  });

  it('gives the current payload at once, or starts the widget and gives the next one', async () => {
    const session = createCaptchaSession();
    const widget = new FakeWidget();
    // Asked before the widget is even there: it starts as soon as it is attached.
    const first = session.ensure();
    session.attach(widget);
    expect(widget.verify).toHaveBeenCalledTimes(1);
    widget.emit('verified', 'payload-1');
    await expect(first).resolves.toBe('payload-1');
    await expect(session.ensure()).resolves.toBe('payload-1');
    expect(widget.verify).toHaveBeenCalledTimes(1);
  });

  it('waits through an error unless told not to, and stops waiting when aborted', async () => {
    const session = createCaptchaSession();
    const widget = new FakeWidget();
    session.attach(widget);
    const patient = session.ensure();
    const impatient = session.ensure({ failOnError: true });
    const controller = new AbortController();
    const aborted = session.ensure({ signal: controller.signal });
    widget.emit('error');
    await expect(impatient).rejects.toBeInstanceOf(CaptchaFailedError);
    controller.abort();
    await expect(aborted).rejects.toMatchObject({ name: 'AbortError' });
    widget.emit('verified', 'payload-2');
    await expect(patient).resolves.toBe('payload-2');
  });

  it('never hands back a payload the server refused: renew solves a new one', async () => {
    const session = createCaptchaSession();
    const widget = new FakeWidget();
    session.attach(widget);
    widget.emit('verified', 'spent');
    session.renew();
    expect(widget.reset).toHaveBeenCalled();
    expect(widget.verify).toHaveBeenCalled();
    const next = session.ensure();
    widget.emit('verified', 'fresh');
    await expect(next).resolves.toBe('fresh');
  });

  it('starts afresh when the challenge expires, at once if an upload is waiting', () => {
    const session = createCaptchaSession();
    const widget = new FakeWidget();
    session.attach(widget);
    widget.dispatchEvent(new Event('expired'));
    expect(widget.reset).toHaveBeenCalledTimes(1);
    expect(widget.verify).not.toHaveBeenCalled();
    void session.ensure();
    widget.verify.mockClear();
    widget.dispatchEvent(new Event('expired'));
    expect(widget.verify).toHaveBeenCalled();
  });

  it('reports a widget that could not be loaded to those who asked to be told', async () => {
    const session = createCaptchaSession();
    const waiting = session.ensure({ failOnError: true });
    session.loadFailed();
    await expect(waiting).rejects.toBeInstanceOf(CaptchaFailedError);
    await expect(session.ensure({ failOnError: true })).rejects.toBeInstanceOf(CaptchaFailedError);
  });
});

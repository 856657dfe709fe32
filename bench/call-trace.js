// Diagnostics for bench/call.ts (CALL_BENCH_TRACE=1), injected into the call pages: wraps
// RTCPeerConnection to log its events, negotiation calls and getStats changes (every 50 ms), and logs
// each <video>'s first frame and any gap over 250 ms, on window.__trace with Date.now() stamps.
(() => {
  const log = [];
  window.__trace = log;
  const t = () => Date.now();
  const Native = window.RTCPeerConnection;
  let n = 0;
  window.RTCPeerConnection = function (...args) {
    const pc = new Native(...args);
    const id = ++n;
    const L = (e) => log.push(`${t()} pc${id} ${e}`);
    L('new');
    for (const ev of ['signalingstatechange', 'icegatheringstatechange', 'iceconnectionstatechange', 'connectionstatechange']) {
      pc.addEventListener(ev, () => L(`${ev.replace('statechange', '')}=${ev === 'signalingstatechange' ? pc.signalingState : ev === 'icegatheringstatechange' ? pc.iceGatheringState : ev === 'iceconnectionstatechange' ? pc.iceConnectionState : pc.connectionState}`));
    }
    pc.addEventListener('track', (e) => L(`track ${e.track.kind}`));
    pc.addEventListener('icecandidate', (e) => L(`cand ${e.candidate ? e.candidate.candidate.split(' ').slice(4, 8).join(' ') : 'end'}`));
    pc.addEventListener('negotiationneeded', () => L('negotiationneeded'));
    for (const m of ['setLocalDescription', 'setRemoteDescription', 'addIceCandidate', 'restartIce']) {
      const orig = pc[m].bind(pc);
      pc[m] = (...a) => { L(`${m}(${a[0]?.type ?? (a[0]?.candidate ? 'cand' : '')}) call`); const r = orig(...a); if (r && r.then) r.then(() => L(`${m} ok`), (e) => L(`${m} ERR ${e}`)); return r; };
    }
    let last = '';
    const timer = setInterval(async () => {
      if (pc.connectionState === 'closed') { clearInterval(timer); return; }
      const s = await pc.getStats();
      const parts = [];
      s.forEach((r) => {
        if (r.type === 'transport') parts.push(`dtls=${r.dtlsState} ice=${r.iceState ?? ''}`);
        if (r.type === 'inbound-rtp' && r.kind === 'video') parts.push(`in:pk=${r.packetsReceived} fr=${r.framesReceived ?? 0} dec=${r.framesDecoded ?? 0} key=${r.keyFramesDecoded ?? 0} pli=${r.pliCount} fir=${r.firCount}`);
        if (r.type === 'outbound-rtp' && r.kind === 'video') parts.push(`out:enc=${r.framesEncoded ?? 0} key=${r.keyFramesEncoded ?? 0} sent=${r.packetsSent} pli=${r.pliCount} ${r.qualityLimitationReason ?? ''}`);
        if (r.type === 'candidate-pair' && r.nominated) parts.push(`pair:${r.state} rtt=${r.currentRoundTripTime}`);
      });
      const line = parts.join(' | ');
      if (line !== last) { last = line; L(`stats ${line}`); }
    }, 50);
    return pc;
  };
  window.RTCPeerConnection.prototype = Native.prototype;
  Object.setPrototypeOf(window.RTCPeerConnection, Native);
})();
(() => {
  const seen = new WeakSet();
  setInterval(() => {
    for (const v of document.querySelectorAll('video')) {
      if (seen.has(v) || !('requestVideoFrameCallback' in v)) continue;
      seen.add(v);
      let last = 0;
      const name = v.className || 'video';
      const cb = (now, meta) => {
        const t = Date.now();
        if (last === 0) window.__trace.push(`${t} vid[${name}] first frame ${meta.width}x${meta.height}`);
        else if (t - last > 250) window.__trace.push(`${t} vid[${name}] gap ${t - last} ms`);
        last = t;
        v.requestVideoFrameCallback(cb);
      };
      v.requestVideoFrameCallback(cb);
    }
  }, 20);
})();

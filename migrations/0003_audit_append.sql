-- Appending an audit entry in one statement, so a chain head is locked for one round trip (this call, then
-- COMMIT) instead of four. The hash is the same as entryHash() in src/platform/audit.ts: SHA-256 over the
-- JSON array [chain, seq, at, actor_id, action, entity_type, entity_ids, route, prev_hash] as JSON.stringify
-- writes it (to_json escapes text exactly as JSON.stringify does).
CREATE FUNCTION audit_append(p_chain text, p_at text, p_actor uuid, p_action text, p_entity_type text, p_entity_ids text[], p_route text)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  v_seq bigint;
  v_prev text;
  v_hash text;
BEGIN
  SELECT last_seq, last_hash INTO v_seq, v_prev FROM audit_heads WHERE chain = p_chain FOR UPDATE;
  IF NOT FOUND THEN
    INSERT INTO audit_heads (chain, last_seq, last_hash) VALUES (p_chain, 0, repeat('0', 64)) ON CONFLICT (chain) DO NOTHING;
    SELECT last_seq, last_hash INTO v_seq, v_prev FROM audit_heads WHERE chain = p_chain FOR UPDATE;
  END IF;
  v_seq := v_seq + 1;
  v_hash := encode(sha256(convert_to(
    '[' || to_json(p_chain)::text || ',' || v_seq::text || ',' || to_json(p_at)::text || ',' || COALESCE(to_json(p_actor::text)::text, 'null')
      || ',' || to_json(p_action)::text || ',' || to_json(p_entity_type)::text
      || ',[' || COALESCE((SELECT string_agg(to_json(x)::text, ',' ORDER BY n) FROM unnest(p_entity_ids) WITH ORDINALITY AS u(x, n)), '') || ']'
      || ',' || COALESCE(to_json(p_route)::text, 'null') || ',' || to_json(v_prev)::text || ']',
    'UTF8')), 'hex');
  INSERT INTO audit_log (chain, seq, at, actor_id, action, entity_type, entity_ids, route, prev_hash, hash)
    VALUES (p_chain, v_seq, p_at::timestamptz, p_actor, p_action, p_entity_type, p_entity_ids, p_route, v_prev, v_hash);
  UPDATE audit_heads SET last_seq = v_seq, last_hash = v_hash WHERE chain = p_chain;
END;
$$;

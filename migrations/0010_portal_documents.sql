-- Documents shared with a portal door (issue 5): the client, or an employer party, sees and downloads
-- exactly the documents the labour expert or office shared with them, nothing else of the case file.
CREATE TABLE portal_document_shares (
  document_id  uuid NOT NULL REFERENCES documents(id),
  access_id    uuid NOT NULL REFERENCES portal_access(id),
  shared_at    timestamptz NOT NULL DEFAULT now(),
  shared_by    uuid NOT NULL REFERENCES users(id),
  PRIMARY KEY (document_id, access_id)
);
CREATE INDEX portal_document_shares_access ON portal_document_shares (access_id);

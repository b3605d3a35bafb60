-- A user database as smtpref 0.1.0 wrote it (schema version 1: favourites, notes, history),
-- with some of everything, for tst_userstoremigration. Never edit: it stands for files
-- already on people's disks. A new schema version adds a file userdata-v<N>.sql beside it.
CREATE TABLE favourite ( code TEXT PRIMARY KEY, added_at TEXT NOT NULL);
CREATE TABLE note ( code TEXT PRIMARY KEY, text TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE TABLE history ( id INTEGER PRIMARY KEY AUTOINCREMENT, code_a TEXT NOT NULL, code_b TEXT NOT NULL DEFAULT '', visited_at TEXT NOT NULL);
INSERT INTO favourite (code, added_at) VALUES ('530', '2024-03-01T09:00:00.000Z');
INSERT INTO favourite (code, added_at) VALUES ('X.7.1', '2024-03-02T10:30:00.000Z');
INSERT INTO favourite (code, added_at) VALUES ('Gmail 550 5.7.26', '2024-03-02T10:30:00.000Z');
INSERT INTO note (code, text, updated_at) VALUES ('530', 'Customer''s Outlook had SMTP AUTH off. Ticket 4711.', '2024-03-01T09:05:00.000Z');
INSERT INTO note (code, text, updated_at) VALUES ('X.7.1', 'Кириллица и ёжик: SPF record missing.
Second line.', '2024-03-03T11:00:00.000Z');
INSERT INTO note (code, text, updated_at) VALUES ('599', 'A code an older catalogue had; kept even though no catalogue has it now.', '2024-03-04T12:00:00.000Z');
INSERT INTO history (code_a, code_b, visited_at) VALUES ('530', '', '2024-03-01T09:00:00.000Z');
INSERT INTO history (code_a, code_b, visited_at) VALUES ('211', '530', '2024-03-01T09:01:00.000Z');
PRAGMA user_version = 1;

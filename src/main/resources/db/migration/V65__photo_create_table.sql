-- Photos of records, kept in PostgreSQL beside the records they belong to (one backup holds everything).
create table photo (
    id           bigserial primary key,
    owner_type   varchar(40) not null,
    owner_id     bigint      not null,
    content_type varchar(20) not null check (content_type in ('image/jpeg', 'image/png', 'image/webp')),
    byte_size    integer     not null check (byte_size > 0),
    content      bytea       not null,
    thumbnail    bytea,
    uploaded_by  bigint,
    uploaded_at  timestamptz not null
);
create index photo_owner_idx on photo (owner_type, owner_id);

//! The one table schema shared by SQLite and PostgreSQL (ids are 64-bit on both).

diesel::table! {
    campaigns (id) {
        id -> BigInt,
        slug -> Text,
        kicker -> Nullable<Text>,
        headline -> Text,
        summary -> Nullable<Text>,
        image_file -> Nullable<Text>,
        image_alt -> Nullable<Text>,
        image_caption -> Nullable<Text>,
        image_credit -> Nullable<Text>,
        image_licence -> Nullable<Text>,
        author_name -> Text,
        author_role -> Nullable<Text>,
        body_markdown -> Text,
        attribution -> Nullable<Text>,
        goal -> BigInt,
        featured -> Bool,
        closes_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    campaign_counts (campaign_id) {
        campaign_id -> BigInt,
        signature_count -> BigInt,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    signatures (id) {
        id -> BigInt,
        campaign_id -> BigInt,
        full_name -> Text,
        email -> Text,
        email_canonical -> Text,
        postcode -> Nullable<Text>,
        country_code -> Text,
        wants_updates -> Bool,
        created_at -> Timestamp,
        confirmed_at -> Nullable<Timestamp>,
        counted -> Bool,
        emails_sent -> Integer,
    }
}

diesel::table! {
    confirmation_tokens (token_hash) {
        token_hash -> Text,
        signature_id -> BigInt,
        created_at -> Timestamp,
        expires_at -> Timestamp,
    }
}

diesel::table! {
    outbox (id) {
        id -> BigInt,
        recipient -> Text,
        subject -> Text,
        body_text -> Text,
        body_html -> Text,
        created_at -> Timestamp,
        attempts -> Integer,
        next_attempt_at -> Timestamp,
        sent_at -> Nullable<Timestamp>,
        last_error -> Nullable<Text>,
    }
}

diesel::joinable!(campaign_counts -> campaigns (campaign_id));
diesel::joinable!(signatures -> campaigns (campaign_id));
diesel::joinable!(confirmation_tokens -> signatures (signature_id));

diesel::allow_tables_to_appear_in_same_query!(
    campaigns,
    campaign_counts,
    signatures,
    confirmation_tokens,
    outbox,
);

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
        similarity_threshold -> Integer,
        opens_at -> Nullable<Timestamp>,
        image_sha256 -> Nullable<Text>,
        letter_edited_at -> Nullable<Timestamp>,
        milestones -> Nullable<Text>,
        milestone_letters -> Bool,
    }
}

diesel::table! {
    campaign_images (id) {
        id -> BigInt,
        campaign_id -> Nullable<BigInt>,
        content_type -> Text,
        bytes -> Binary,
        sha256 -> Text,
        width -> Integer,
        height -> Integer,
        created_at -> Timestamp,
    }
}

diesel::table! {
    campaign_translations (campaign_id, language) {
        campaign_id -> BigInt,
        language -> Text,
        kicker -> Nullable<Text>,
        headline -> Nullable<Text>,
        summary -> Nullable<Text>,
        body_markdown -> Nullable<Text>,
        image_alt -> Nullable<Text>,
        image_caption -> Nullable<Text>,
    }
}

diesel::table! {
    campaign_milestones (campaign_id, milestone) {
        campaign_id -> BigInt,
        milestone -> BigInt,
        reached_at -> Timestamp,
        letters_queued -> Integer,
        skipped_mps -> Nullable<Text>,
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
        ip -> Nullable<Text>,
        suspect -> Bool,
        invalidated_at -> Nullable<Timestamp>,
        invalidation_id -> Nullable<BigInt>,
        count_dirty -> Bool,
        constituency_code -> Nullable<Text>,
        emails_since -> Nullable<Timestamp>,
        unsubscribed_at -> Nullable<Timestamp>,
        letter_version_id -> Nullable<BigInt>,
        language -> Text,
    }
}

diesel::table! {
    campaign_letter_versions (id) {
        id -> BigInt,
        campaign_id -> BigInt,
        body_markdown -> Text,
        headline -> Text,
        created_at -> Timestamp,
        created_by -> Nullable<BigInt>,
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
        reply_to -> Nullable<Text>,
        delivery_id -> Nullable<BigInt>,
        joint_letter_id -> Nullable<BigInt>,
        mailbox -> Nullable<Text>,
        letter_id -> Nullable<BigInt>,
        slow -> Bool,
        bulk -> Bool,
        unsubscribe_url -> Nullable<Text>,
        update_id -> Nullable<BigInt>,
    }
}

diesel::table! {
    campaign_updates (id) {
        id -> BigInt,
        campaign_id -> BigInt,
        subject -> Text,
        body_markdown -> Text,
        created_by -> Text,
        created_at -> Timestamp,
        published_at -> Nullable<Timestamp>,
        edited_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    unsubscribe_links (token_hash) {
        token_hash -> Text,
        signature_id -> BigInt,
        created_at -> Timestamp,
    }
}

diesel::table! {
    constituencies (code) {
        code -> Text,
        name -> Text,
    }
}

diesel::table! {
    postcodes (postcode) {
        postcode -> Text,
        constituency_code -> Text,
    }
}

diesel::table! {
    officials (id) {
        id -> BigInt,
        code -> Text,
        name -> Text,
        office -> Text,
        salutation -> Nullable<Text>,
        constituency_code -> Nullable<Text>,
        party -> Nullable<Text>,
        email -> Nullable<Text>,
        postal_address -> Nullable<Text>,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    campaign_targets (campaign_id, position) {
        campaign_id -> BigInt,
        position -> Integer,
        official_code -> Nullable<Text>,
    }
}

diesel::table! {
    letters (id) {
        id -> BigInt,
        campaign_id -> BigInt,
        writer_name -> Text,
        writer_email -> Text,
        postcode -> Nullable<Text>,
        country_code -> Text,
        constituency_code -> Nullable<Text>,
        subject -> Text,
        body -> Text,
        similarity -> Integer,
        publish -> Bool,
        public_name -> Nullable<Text>,
        status -> Text,
        signature_id -> Nullable<BigInt>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        submitted_at -> Nullable<Timestamp>,
        decided_at -> Nullable<Timestamp>,
        reject_reason -> Nullable<Text>,
        moderator_note -> Nullable<Text>,
        moderated_by -> Nullable<BigInt>,
        ip -> Nullable<Text>,
        writer_confirmed_at -> Nullable<Timestamp>,
        address_lines -> Nullable<Text>,
        town -> Nullable<Text>,
        original_body -> Nullable<Text>,
        language -> Text,
    }
}

diesel::table! {
    letter_links (token_hash) {
        token_hash -> Text,
        letter_id -> BigInt,
        created_at -> Timestamp,
    }
}

diesel::table! {
    joint_letters (id) {
        id -> BigInt,
        campaign_id -> BigInt,
        official_id -> BigInt,
        signer_count -> Integer,
        status -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    deliveries (id) {
        id -> BigInt,
        letter_id -> BigInt,
        official_id -> BigInt,
        method -> Text,
        status -> Text,
        detail -> Nullable<Text>,
        joint_letter_id -> Nullable<BigInt>,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    users (id) {
        id -> BigInt,
        email -> Text,
        email_canonical -> Text,
        password_hash -> Text,
        role -> Text,
        disabled -> Bool,
        session_epoch -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        last_login_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    login_attempts (id) {
        id -> BigInt,
        account_key -> Text,
        ip -> Text,
        succeeded -> Bool,
        attempted_at -> Timestamp,
    }
}

diesel::table! {
    audit_log (id) {
        id -> BigInt,
        actor_id -> Nullable<BigInt>,
        actor -> Text,
        action -> Text,
        subject_type -> Text,
        subject_id -> Nullable<Text>,
        old_state -> Nullable<Text>,
        new_state -> Nullable<Text>,
        reason -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    invalidations (id) {
        id -> BigInt,
        campaign_id -> BigInt,
        criteria -> Text,
        signature_count -> Integer,
        created_by -> BigInt,
        created_at -> Timestamp,
        reverted_by -> Nullable<BigInt>,
        reverted_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    api_tokens (id) {
        id -> BigInt,
        name -> Text,
        token_hash -> Text,
        created_by -> BigInt,
        created_at -> Timestamp,
        last_used_at -> Nullable<Timestamp>,
        revoked_at -> Nullable<Timestamp>,
        contacts -> Bool,
    }
}

diesel::table! {
    api_token_campaigns (token_id, campaign_id) {
        token_id -> BigInt,
        campaign_id -> BigInt,
    }
}

diesel::table! {
    official_responses (id) {
        id -> BigInt,
        campaign_id -> BigInt,
        official_id -> BigInt,
        received_on -> Timestamp,
        summary -> Text,
        body -> Text,
        as_received -> Bool,
        created_by -> Nullable<BigInt>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        emailed_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    reply_questions (delivery_id) {
        delivery_id -> BigInt,
        campaign_id -> BigInt,
        official_id -> BigInt,
        token_hash -> Text,
        reminder_token_hash -> Nullable<Text>,
        asked_at -> Timestamp,
        reminded_at -> Nullable<Timestamp>,
        answer -> Nullable<Text>,
        answered_at -> Nullable<Timestamp>,
    }
}

diesel::joinable!(campaign_counts -> campaigns (campaign_id));
diesel::joinable!(campaign_milestones -> campaigns (campaign_id));
diesel::joinable!(signatures -> campaigns (campaign_id));
diesel::table! {
    password_resets (token_hash) {
        token_hash -> Text,
        user_id -> BigInt,
        created_at -> Timestamp,
        expires_at -> Timestamp,
    }
}

diesel::table! {
    letter_claims (letter_id) {
        letter_id -> BigInt,
        user_id -> BigInt,
        user_email -> Text,
        claimed_at -> Timestamp,
    }
}

diesel::table! {
    saved_notes (id) {
        id -> BigInt,
        body -> Text,
        created_by -> Text,
        created_at -> Timestamp,
    }
}

diesel::joinable!(letter_claims -> letters (letter_id));
diesel::joinable!(confirmation_tokens -> signatures (signature_id));
diesel::joinable!(campaign_updates -> campaigns (campaign_id));
diesel::joinable!(unsubscribe_links -> signatures (signature_id));
diesel::joinable!(password_resets -> users (user_id));
diesel::joinable!(campaign_targets -> campaigns (campaign_id));
diesel::joinable!(campaign_translations -> campaigns (campaign_id));
diesel::joinable!(campaign_letter_versions -> campaigns (campaign_id));
diesel::joinable!(letters -> campaigns (campaign_id));
diesel::joinable!(api_token_campaigns -> api_tokens (token_id));
diesel::joinable!(api_token_campaigns -> campaigns (campaign_id));
diesel::joinable!(letter_links -> letters (letter_id));
diesel::joinable!(deliveries -> letters (letter_id));
diesel::joinable!(deliveries -> officials (official_id));
diesel::joinable!(joint_letters -> officials (official_id));
diesel::joinable!(official_responses -> officials (official_id));
diesel::joinable!(reply_questions -> officials (official_id));

diesel::allow_tables_to_appear_in_same_query!(
    password_resets,
    campaigns,
    campaign_images,
    campaign_translations,
    campaign_counts,
    campaign_milestones,
    signatures,
    confirmation_tokens,
    outbox,
    constituencies,
    postcodes,
    officials,
    campaign_targets,
    campaign_letter_versions,
    letters,
    letter_links,
    joint_letters,
    deliveries,
    users,
    login_attempts,
    audit_log,
    invalidations,
    api_tokens,
    api_token_campaigns,
    letter_claims,
    saved_notes,
    campaign_updates,
    unsubscribe_links,
    official_responses,
    reply_questions,
);

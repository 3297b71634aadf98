//! Organisers upload a campaign's photo in the campaign form: JPEG and PNG are accepted,
//! re-encoded, stored in the database and served with their type at a content-addressed
//! URL; a file too big, of another kind (a text file called .png, an SVG) or a photo without
//! alt text is explained beside its field with the other answers kept; the photo survives a
//! restart (a second server on the same database).

mod support;

use std::io::Cursor;

use image::{DynamicImage, ImageFormat};
use missive::auth::Role;
use missive::web::startup::Application;
use support::{staff_client, Page, StaffClient, TestApp};

const BOUNDARY: &str = "----missive-test-boundary-7d93";

fn png(width: u32, height: u32) -> Vec<u8> {
    encode(width, height, ImageFormat::Png)
}

fn jpeg(width: u32, height: u32) -> Vec<u8> {
    encode(width, height, ImageFormat::Jpeg)
}

fn encode(width: u32, height: u32, format: ImageFormat) -> Vec<u8> {
    let pixels = image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x * 7 % 256) as u8, (y * 5 % 256) as u8, 120])
    });
    let mut bytes = Vec::new();
    DynamicImage::ImageRgb8(pixels)
        .write_to(&mut Cursor::new(&mut bytes), format)
        .expect("encode");
    bytes
}

/// A campaign form's fields, as a browser sends them.
fn fields<'a>(slug: &'a str, alt: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("headline", "Save the river"),
        ("author_name", "Ada Lovelace"),
        (
            "body_markdown",
            "Sewage is poured into the river every day.",
        ),
        ("slug", slug),
        ("goal", "1000"),
        ("targets", "own-mp"),
        ("similarity_threshold", "0.8"),
        ("image_caption", "The river at dawn"),
        ("image_alt", alt),
    ]
}

/// A `multipart/form-data` body like a browser's: the text fields, then the file (an empty
/// file part when none is chosen, as browsers send).
fn multipart(fields: &[(&str, &str)], file: Option<(&str, &[u8])>) -> Vec<u8> {
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend_from_slice(
            format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n")
                .as_bytes(),
        );
    }
    let (file_name, bytes) = file.unwrap_or(("", b""));
    body.extend_from_slice(
        format!(
            "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"image_upload\"; filename=\"{file_name}\"\r\n\
             Content-Type: application/octet-stream\r\n\r\n"
        )
        .as_bytes(),
    );
    body.extend_from_slice(bytes);
    body.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());
    body
}

async fn send(
    app: &TestApp,
    staff: &StaffClient,
    path: &str,
    fields: &[(&str, &str)],
    file: Option<(&str, &[u8])>,
) -> Page {
    let mut all = fields.to_vec();
    all.push(("csrf", staff.csrf.as_str()));
    let response = staff
        .client
        .post(app.url(path))
        .header(
            "content-type",
            format!("multipart/form-data; boundary={BOUNDARY}"),
        )
        .body(multipart(&all, file))
        .send()
        .await
        .expect("POST");
    TestApp::page(response).await
}

/// The uploaded photo's path on the campaign's page, and the absolute og:image.
async fn photo_on_page(app: &TestApp, slug: &str) -> (Option<String>, Option<String>) {
    let page = app.get(&format!("/campaigns/{slug}")).await;
    assert_eq!(page.status, 200);
    (
        page.attr_of("figure.photo img", "src"),
        page.attr_of("meta[property='og:image']", "content"),
    )
}

#[tokio::test]
async fn an_uploaded_photo_is_stored_served_with_its_type_and_survives_a_restart() {
    let app = support::spawn_app().await;
    let organiser = staff_client(&app, "org@example.org", Role::Organiser).await;

    let created = send(
        &app,
        &organiser,
        "/staff/campaigns",
        &fields("river", "A river under a pink sky"),
        Some(("river.png", &png(64, 40))),
    )
    .await;
    assert_eq!(created.status, 303, "{}", created.body);
    let (src, og) = photo_on_page(&app, "river").await;
    let src = src.expect("the photo on the campaign page");
    assert!(src.starts_with("/campaign-images/"), "{src}");
    assert_eq!(og.as_deref(), Some(app.url(&src).as_str()));
    let page = app.get("/campaigns/river").await;
    assert_eq!(
        page.attr_of("figure.photo img", "alt").as_deref(),
        Some("A river under a pink sky")
    );

    let embed = app.get("/campaigns/river/embed").await;
    assert_eq!(embed.attr_of("img.thumb", "src"), Some(src.clone()));
    let served = app.client.get(app.url(&src)).send().await.expect("image");
    assert_eq!(served.status(), 200);
    let header = |name: &str| {
        served
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    assert_eq!(header("content-type").as_deref(), Some("image/png"));
    assert_eq!(header("x-content-type-options").as_deref(), Some("nosniff"));
    let cache = header("cache-control").unwrap_or_default();
    assert!(
        cache.contains("max-age=31536000") && cache.contains("immutable"),
        "{cache}"
    );
    let png_bytes = served.bytes().await.expect("bytes").to_vec();
    let decoded = image::load_from_memory(&png_bytes).expect("a PNG");
    assert_eq!((decoded.width(), decoded.height()), (64, 40));

    // Editing: the form shows the photo; a JPEG replaces it.
    let edit = organiser.get(&app, "/staff/campaigns/river/edit").await;
    assert_eq!(
        edit.attr_of("figure.photo-preview img", "src"),
        Some(src.clone())
    );
    let sha256 = edit
        .attr_of("input[name=image_sha256]", "value")
        .unwrap_or_default();
    let mut changed = fields("river", "The river in winter");
    changed.push(("image_sha256", &sha256));
    let saved = send(
        &app,
        &organiser,
        "/staff/campaigns/river",
        &changed,
        Some(("winter.jpg", &jpeg(50, 30))),
    )
    .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let (jpeg_src, _) = photo_on_page(&app, "river").await;
    let jpeg_src = jpeg_src.expect("the new photo");
    assert_ne!(jpeg_src, src);
    let served = app
        .client
        .get(app.url(&jpeg_src))
        .send()
        .await
        .expect("image");
    assert_eq!(
        served
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok()),
        Some("image/jpeg")
    );

    // A second server on the same database serves the same photo.
    let settings = support::settings(app.data_dir.path().to_path_buf(), app.database_url.clone());
    let second = Application::build(settings).await.expect("second server");
    let address = format!("http://127.0.0.1:{}", second.port());
    tokio::spawn(second.run_until_stopped());
    let again = app
        .client
        .get(format!("{address}{jpeg_src}"))
        .send()
        .await
        .expect("image from the second server");
    assert_eq!(again.status(), 200);
    let page = app
        .client
        .get(format!("{address}/campaigns/river"))
        .send()
        .await
        .expect("page")
        .text()
        .await
        .expect("body");
    assert!(page.contains(&jpeg_src));
    // The first photo is still served at its address (pages cached elsewhere name it).
    let old = app
        .client
        .get(format!("{address}{src}"))
        .send()
        .await
        .expect("old");
    assert_eq!(old.status(), 200);

    // Removing the photo.
    let mut removed = fields("river", "");
    removed.push((
        "image_sha256",
        jpeg_src.trim_start_matches("/campaign-images/"),
    ));
    removed.push(("remove_image", "yes"));
    let saved = send(&app, &organiser, "/staff/campaigns/river", &removed, None).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    assert_eq!(photo_on_page(&app, "river").await, (None, None));
}

#[tokio::test]
async fn wrong_files_and_a_missing_alt_text_are_explained_beside_their_fields() {
    let app = support::spawn_app().await;
    let organiser = staff_client(&app, "org@example.org", Role::Organiser).await;
    let error = |page: &Page, field: &str| page.text_of(&format!("#{field}-error"));

    let text_as_png: &[u8] = b"This is a letter, not a picture.\n";
    let svg: &[u8] =
        b"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><script>alert(1)</script></svg>";
    let mut too_big = png(8, 8);
    too_big.resize(5 * 1024 * 1024 + 1, 0);
    for (name, bytes, expected) in [
        ("photo.png", text_as_png, "not a JPEG, PNG or WebP"),
        ("photo.svg", svg, "not a JPEG, PNG or WebP"),
        ("huge.png", too_big.as_slice(), "larger than 5 MB"),
    ] {
        let page = send(
            &app,
            &organiser,
            "/staff/campaigns",
            &fields("river", "A river"),
            Some((name, bytes)),
        )
        .await;
        assert_eq!(page.status, 422, "{name}");
        let message = error(&page, "image_upload").unwrap_or_default();
        assert!(message.contains(expected), "{name}: {message}");
        // The other answers are kept.
        assert_eq!(
            page.attr_of("input[name=headline]", "value").as_deref(),
            Some("Save the river")
        );
        assert_eq!(
            page.attr_of("input[name=image_sha256]", "value").as_deref(),
            Some("")
        );
    }
    // Nothing was made.
    assert_eq!(app.get("/campaigns/river").await.status, 404);

    // A body far over the limit is refused without being read.
    let mut enormous = png(8, 8);
    enormous.resize(12 * 1024 * 1024, 0);
    let refused = send(
        &app,
        &organiser,
        "/staff/campaigns",
        &fields("river", "A river"),
        Some(("enormous.png", &enormous)),
    )
    .await;
    assert_eq!(refused.status, 413);

    // A good photo without alt text: the message is beside the alt text, and the photo is
    // kept (it need not be chosen again).
    let no_alt = send(
        &app,
        &organiser,
        "/staff/campaigns",
        &fields("river", "  "),
        Some(("river.jpg", &jpeg(40, 40))),
    )
    .await;
    assert_eq!(no_alt.status, 422);
    let message = error(&no_alt, "image_alt").unwrap_or_default();
    assert!(
        message.contains("Describe what the photo shows"),
        "{message}"
    );
    let kept = no_alt
        .attr_of("input[name=image_sha256]", "value")
        .unwrap_or_default();
    assert_eq!(kept.len(), 64, "{kept}");
    let note = no_alt
        .text_of("figure.photo-preview figcaption")
        .unwrap_or_default();
    assert!(note.contains("do not need to choose it again"), "{note}");

    // Another field wrong: the kept photo stays kept.
    let mut wrong_goal = fields("river", "A river at dawn");
    wrong_goal.retain(|(name, _)| *name != "goal");
    wrong_goal.extend([("goal", "lots"), ("image_sha256", kept.as_str())]);
    let again = send(&app, &organiser, "/staff/campaigns", &wrong_goal, None).await;
    assert_eq!(again.status, 422);
    assert!(error(&again, "goal").is_some());
    assert_eq!(
        again
            .attr_of("input[name=image_sha256]", "value")
            .as_deref(),
        Some(kept.as_str())
    );

    // Corrected, with no file chosen this time: saved with the kept photo.
    let mut fixed = fields("river", "A river at dawn");
    fixed.push(("image_sha256", kept.as_str()));
    let saved = send(&app, &organiser, "/staff/campaigns", &fixed, None).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let (src, _) = photo_on_page(&app, "river").await;
    assert_eq!(src, Some(format!("/campaign-images/{kept}")));

    // A made-up hash is not accepted as a photo.
    let mut made_up = fields("other", "Something");
    let fake = "0".repeat(64);
    made_up.push(("image_sha256", &fake));
    let page = send(&app, &organiser, "/staff/campaigns", &made_up, None).await;
    assert_eq!(page.status, 422);
    assert!(error(&page, "image_upload").is_some());

    // A NUL in a text field of the multipart form is refused, not stored.
    let page = send(
        &app,
        &organiser,
        "/staff/campaigns",
        &fields("nul", "A\0river"),
        None,
    )
    .await;
    assert_eq!(page.status, 400);
    // Unknown image names are plain 404s.
    for path in ["/campaign-images/abc", &format!("/campaign-images/{fake}")] {
        assert_eq!(app.get(path).await.status, 404, "{path}");
    }
}

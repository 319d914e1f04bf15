//! Resizing a phone photo to the served widths: `image`'s resize against `fast_image_resize`
//! (which the pipeline uses), and the whole pipeline (decode, re-encode, three variants, palette).
//! Run with `cargo bench -p server --bench media`; criterion prints the times.

#![expect(
    clippy::expect_used,
    reason = "a benchmark that cannot set up should stop"
)]

use backend::media::{self, MediaStore};
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use image::{DynamicImage, ImageFormat, Rgb, RgbImage, imageops::FilterType};
use std::{hint::black_box, io::Cursor, sync::Arc};

/// A 12 MP photo-like image (gradients and texture, so codecs and filters do real work).
fn photo() -> DynamicImage {
    DynamicImage::ImageRgb8(RgbImage::from_fn(4000, 3000, |x, y| {
        let noise = ((x * 7919 + y * 104_729) % 61) as u8;
        Rgb([
            ((x / 16) % 256) as u8 ^ noise,
            ((y / 12) % 256) as u8,
            (((x + y) / 28) % 256) as u8 ^ (noise / 2),
        ])
    }))
}

fn resize(c: &mut Criterion) {
    let source = photo();
    let mut group = c.benchmark_group("resize 4000x3000 (Lanczos3)");
    group.sample_size(10);
    for width in [1280u32, 640, 320] {
        let height = width * 3 / 4;
        group.bench_with_input(BenchmarkId::new("image", width), &width, |b, _| {
            b.iter(|| black_box(source.resize_exact(width, height, FilterType::Lanczos3)))
        });
        group.bench_with_input(
            BenchmarkId::new("fast_image_resize", width),
            &width,
            |b, _| b.iter(|| black_box(media::resize(&source, width, height).expect("resize"))),
        );
    }
    group.finish();
}

fn pipeline(c: &mut Criterion) {
    let mut jpeg = Vec::new();
    photo()
        .write_to(&mut Cursor::new(&mut jpeg), ImageFormat::Jpeg)
        .expect("encode");
    let bytes = bytes::Bytes::from(jpeg);
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let store = MediaStore::new(Arc::new(object_store::memory::InMemory::new()));
    let mut group = c.benchmark_group("upload pipeline");
    group.sample_size(10);
    group.bench_function("12 MP JPEG → 3 variants + palette", |b| {
        b.iter(|| {
            runtime
                .block_on(store.process_image(bytes.clone()))
                .expect("processed")
        })
    });
    group.finish();
}

criterion_group!(benches, resize, pipeline);
criterion_main!(benches);

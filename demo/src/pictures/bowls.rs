//! Bowls, heaps and plates.

use super::canvas::*;

pub(super) enum Heap {
    Powder(Rgb),
    Grains(Rgb),
    Leaves(Rgb),
    Paste(Rgb),
    Pieces(Vec<Rgb>),
}

/// A bowl's colour and painted band.
pub(super) fn bowl_look(r: &mut Rng) -> (Rgb, Rgb) {
    r.pick(&[
        (hex(0xB5562E), hex(0xE9D8B0)),
        (hex(0x2E5E8C), hex(0xF1E9D8)),
        (hex(0x2F6B4A), hex(0xE8C54A)),
        (hex(0xE9E0CF), hex(0x2E5E8C)),
        (hex(0x8A5A2B), hex(0xD9B27A)),
    ])
}

pub(super) fn bowl(c: &mut Canvas, r: &mut Rng, heap: Heap) {
    let cx = 0.5;
    let cy = 0.6;
    let rx = r.range(0.3, 0.33);
    let ry = rx * 0.24;
    let depth = 0.2;
    let (body, band) = bowl_look(r);
    c.shadow(cx + 0.03, cy + depth + 0.01, rx * 0.85, 0.04, 0.4);
    // Outer body: the lower half of an ellipse below the rim.
    c.fill(
        bb(cx, cy + depth / 2.0, rx + 0.01, depth / 2.0 + 0.05),
        |x, y| {
            sd_ellipse(x, y, cx, cy, rx, depth)
                .max(cy - y)
                .min(sd_ellipse(x, y, cx, cy, rx, ry))
        },
        |x, y| {
            let t = (x - cx) / rx;
            let v = (y - cy) / depth;
            let stripe = (v - 0.35).abs() < 0.06 || (v - 0.5).abs() < 0.02;
            let base = if stripe { band } else { body };
            lit(base, t, 0.5)
        },
    );
    // Foot.
    c.fill(
        bb(cx, cy + depth, rx * 0.4, 0.03),
        |x, y| sd_box(x, y, cx, cy + depth - 0.005, rx * 0.32, 0.018, 0.008),
        |x, _| lit(mul(body, 0.85), (x - cx) / (rx * 0.32), 0.2),
    );
    // Rim and the dark inside.
    c.fill(
        bb(cx, cy, rx + 0.01, ry + 0.01),
        |x, y| sd_ellipse(x, y, cx, cy, rx, ry),
        |x, _| lit(mix(body, [1.0, 1.0, 1.0], 0.15), (x - cx) / rx, 0.3),
    );
    let irx = rx - 0.014;
    let iry = ry - 0.01;
    c.solid(
        bb(cx, cy, irx, iry),
        |x, y| sd_ellipse(x, y, cx, cy, irx, iry),
        mul(body, 0.45),
    );
    // The heap: a dome rising above the rim, kept inside the inner rim below it.
    let seed = r.seed();
    let height = match heap {
        Heap::Paste(_) => 0.03,
        Heap::Pieces(_) => 0.0,
        _ => r.range(0.1, 0.14),
    };
    let dome = move |x: f32, y: f32| {
        sd_ellipse(x, y, cx, cy, irx, height.max(0.01))
            .max(y - cy)
            .min(sd_ellipse(x, y, cx, cy, irx, iry))
    };
    match heap {
        Heap::Powder(tone) | Heap::Grains(tone) | Heap::Leaves(tone) | Heap::Paste(tone) => {
            let kind = match heap {
                Heap::Powder(_) => 0,
                Heap::Grains(_) => 1,
                Heap::Leaves(_) => 2,
                _ => 3,
            };
            c.fill(
                bb(cx, cy - height / 2.0, irx, height / 2.0 + iry),
                dome,
                |x, y| {
                    let nx = (x - cx) / irx;
                    let ny = if y < cy {
                        (y - cy) / height.max(0.01)
                    } else {
                        0.0
                    };
                    let shade = ball(
                        tone,
                        nx * 0.9,
                        ny * 0.8 - 0.1,
                        if kind == 3 { 0.6 } else { 0.05 },
                    );
                    match kind {
                        0 => {
                            let (s, h) = speck(x, y, 220.0, 0.3, seed);
                            mix(shade, mul(shade, if h < 0.5 { 0.75 } else { 1.2 }), s)
                        }
                        1 => {
                            let (s, h) = speck(x, y, 170.0, 0.42, seed);
                            mix(mul(shade, 0.82), mul(shade, 1.0 + 0.2 * h), s)
                        }
                        2 => {
                            let n = noise(x * 120.0, y * 120.0, seed);
                            let (s, h) = speck(x, y, 90.0, 0.45, seed);
                            let leaf = mul(shade, 0.7 + 0.5 * n);
                            mix(leaf, mul(shade, 0.6 + 0.8 * h), s * 0.7)
                        }
                        _ => {
                            let n = noise(x * 30.0, y * 30.0, seed);
                            mul(shade, 0.9 + 0.2 * n)
                        }
                    }
                },
            );
        }
        Heap::Pieces(tones) => {
            let mut items = Vec::new();
            for row in 0..4 {
                let cols = 7 - row;
                for k in 0..cols {
                    let px =
                        cx + (k as f32 - (cols - 1) as f32 / 2.0) * 0.07 + r.range(-0.01, 0.01);
                    let py = cy + 0.02 - row as f32 * 0.035 + r.range(-0.008, 0.008);
                    items.push((px, py, r.range(-0.6, 0.6), r.pick(&tones)));
                }
            }
            for (px, py, ang, tone) in items {
                let (ex, ey) = (0.032, 0.024);
                c.fill(
                    bb(px, py, 0.04, 0.04),
                    |x, y| {
                        let (u, v) = local(x, y, px, py, ang);
                        sd_ellipse(u, v, 0.0, 0.0, ex, ey).max(sd_ellipse(
                            x,
                            y,
                            cx,
                            cy - 0.05,
                            irx,
                            0.2,
                        ))
                    },
                    |x, y| {
                        let (u, v) = local(x, y, px, py, ang);
                        ball(tone, u / ex, v / ey, 0.9)
                    },
                );
            }
        }
    }
    // The front lip over the heap.
    c.fill(
        bb(cx, cy + ry, rx + 0.01, 0.02),
        |x, y| {
            (sd_ellipse(x, y, cx, cy, rx, ry).max(-sd_ellipse(x, y, cx, cy, irx, iry))).max(cy - y)
        },
        |x, _| lit(mix(body, [1.0, 1.0, 1.0], 0.2), (x - cx) / rx, 0.4),
    );
}

pub(super) fn wheat(c: &mut Canvas, r: &mut Rng) {
    let straw = hex(0xD4A94E);
    let base = (0.72, 0.88);
    for k in 0..3 {
        let ang = -1.0 + k as f32 * 0.16 + r.range(-0.05, 0.05);
        let tip = (base.0 + 0.26 * ang.cos(), base.1 + 0.26 * ang.sin());
        c.solid(
            [0.6, 0.5, 0.99, 0.92],
            |x, y| sd_segment(x, y, base, tip) - 0.003,
            mul(straw, 0.9),
        );
        for g in 0..7 {
            let t = 0.55 + g as f32 * 0.065;
            for side in [-1.0f32, 1.0] {
                let (px, py) = (base.0 + 0.26 * t * ang.cos(), base.1 + 0.26 * t * ang.sin());
                let a = ang + side * 0.45;
                let (gx, gy) = (px + 0.012 * a.cos(), py + 0.012 * a.sin());
                c.fill(
                    bb(gx, gy, 0.025, 0.025),
                    |x, y| {
                        let (u, v) = local(x, y, gx, gy, a);
                        sd_ellipse(u, v, 0.0, 0.0, 0.017, 0.008)
                    },
                    |x, y| {
                        let (u, v) = local(x, y, gx, gy, a);
                        ball(straw, u / 0.017, v / 0.008, 0.3)
                    },
                );
            }
        }
    }
}

pub(super) enum Pile {
    Dates(Rgb),
    Almonds,
    Walnuts,
    Figs,
    Mixed,
}

pub(super) fn plate_of(c: &mut Canvas, r: &mut Rng, pile: Pile) {
    let (cx, cy, rx, ry) = (0.5, 0.7, 0.38, 0.12);
    let (body, band) = bowl_look(r);
    c.shadow(cx + 0.02, cy + 0.05, rx * 0.95, 0.05, 0.4);
    c.fill(
        bb(cx, cy + 0.02, rx + 0.01, ry + 0.04),
        |x, y| sd_ellipse(x, y, cx, cy + 0.02, rx, ry),
        |x, _| lit(mul(body, 0.8), (x - cx) / rx, 0.3),
    );
    c.fill(
        bb(cx, cy, rx + 0.01, ry + 0.01),
        |x, y| sd_ellipse(x, y, cx, cy, rx, ry),
        |x, y| {
            let d = len((x - cx) / rx, (y - cy) / ry);
            let base = if (d - 0.86).abs() < 0.035 { band } else { body };
            mul(base, if d < 0.75 { 0.92 } else { 1.02 })
        },
    );
    let seed = r.seed();
    let mut items = Vec::new();
    let rows = [6, 5, 4, 3];
    for (row, &cols) in rows.iter().enumerate() {
        for k in 0..cols {
            let px = cx + (k as f32 - (cols - 1) as f32 / 2.0) * 0.075 + r.range(-0.012, 0.012);
            let py = cy + 0.03 - row as f32 * 0.045 + r.range(-0.01, 0.01);
            let kind = match pile {
                Pile::Mixed => (r.next() % 3) as u8,
                Pile::Almonds => 0,
                Pile::Walnuts => 1,
                Pile::Figs => 2,
                Pile::Dates(_) => 3,
            };
            items.push((px, py, r.range(-0.7, 0.7), kind, r.range(0.88, 1.1)));
        }
    }
    for (px, py, ang, kind, tint) in items {
        c.shadow(px + 0.008, py + 0.02, 0.035, 0.012, 0.25);
        match kind {
            0 => {
                let tone = mul(hex(0xB07A4A), tint);
                c.fill(
                    bb(px, py, 0.045, 0.045),
                    |x, y| {
                        let (u, v) = local(x, y, px, py, ang);
                        let w = 0.021 * (1.0 - 0.45 * (u / 0.04 + 0.5).clamp(0.0, 1.0).powi(2));
                        sd_ellipse(u, v, 0.0, 0.0, 0.04, w.max(0.006))
                    },
                    |x, y| {
                        let (u, v) = local(x, y, px, py, ang);
                        let n = noise(u * 400.0, v * 120.0, seed);
                        mul(ball(tone, u / 0.04, v / 0.02, 0.2), 0.85 + 0.25 * n)
                    },
                );
            }
            1 => {
                let tone = mul(hex(0xB58A5A), tint);
                c.fill(
                    bb(px, py, 0.04, 0.04),
                    |x, y| sd_ellipse(x, y, px, py, 0.034, 0.03),
                    |x, y| {
                        let (dx, dy) = (x - px, y - py);
                        let n = noise(dx * 250.0, dy * 250.0, seed);
                        let seam = smoothstep(0.003, 0.0, dx.abs()) * 0.3;
                        mul(
                            ball(tone, dx / 0.034, dy / 0.03, 0.2),
                            0.75 + 0.4 * n - seam,
                        )
                    },
                );
            }
            2 => {
                let tone = mul(hex(0x9A7050), tint);
                c.fill(
                    bb(px, py, 0.045, 0.045),
                    |x, y| {
                        let (u, v) = local(x, y, px, py, ang * 0.3);
                        sd_ellipse(u, v, 0.0, 0.0, 0.038, 0.03)
                            .min(sd_segment(u, v, (0.0, -0.03), (0.004, -0.04)) - 0.004)
                    },
                    |x, y| {
                        let n = noise(x * 200.0, y * 200.0, seed);
                        mul(
                            ball(tone, (x - px) / 0.038, (y - py) / 0.03, 0.2),
                            0.8 + 0.3 * n,
                        )
                    },
                );
            }
            _ => {
                let Pile::Dates(tone) = pile else { continue };
                let tone = mul(tone, tint);
                c.fill(
                    bb(px, py, 0.05, 0.05),
                    |x, y| {
                        let (u, v) = local(x, y, px, py, ang);
                        sd_ellipse(u, v, 0.0, 0.0, 0.042, 0.022)
                    },
                    |x, y| {
                        let (u, v) = local(x, y, px, py, ang);
                        let wrinkle = 0.9 + 0.12 * noise(u * 300.0, v * 80.0, seed);
                        mul(ball(tone, u / 0.042, v / 0.022, 1.0), wrinkle)
                    },
                );
            }
        }
    }
}

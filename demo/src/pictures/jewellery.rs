//! Bracelets, fibulas, necklaces, earrings and rings.

use super::canvas::*;

pub(super) fn velvet(c: &mut Canvas, r: &mut Rng) {
    let tone = hex(r.pick(&[0x4A1A2A, 0x1E2A4A, 0x1E3A2E, 0x3A2A1E]));
    let seed = r.seed();
    let (cx, cy) = (0.5, 0.6);
    c.shadow(cx + 0.02, cy + 0.05, 0.4, 0.2, 0.35);
    c.fill(
        bb(cx, cy, 0.44, 0.3),
        |x, y| sd_ellipse(x, y, cx, cy, 0.42, 0.26),
        |x, y| {
            let n = noise(x * 12.0, y * 12.0, seed);
            mul(
                ball(tone, (x - cx) / 0.6, (y - cy) / 0.5, 0.0),
                0.85 + 0.3 * n,
            )
        },
    );
}

/// Polished metal: bright where the surface faces the light, with a soft reflection band.
pub(super) fn metal(gold: bool, t: f32, n: f32) -> Rgb {
    let base = if gold { hex(0xC9A040) } else { hex(0xC8CCD2) };
    let band = (1.0 - ((t - 0.35).abs() * 2.5).min(1.0)).powi(2);
    let f = 0.45 + 0.5 * (1.0 - t.abs()) + 0.5 * band + 0.05 * n;
    mul(base, f)
}

pub(super) fn stones(r: &mut Rng) -> [Rgb; 3] {
    [
        hex(0xC0392B),
        hex(r.pick(&[0x1E8A5A, 0x2E6BB5, 0xE8A13A])),
        hex(0xE8C54A),
    ]
}

pub(super) fn bracelet(c: &mut Canvas, r: &mut Rng, gold: bool) {
    let (cx, cy, rx, ry, thick) = (0.5, 0.56, 0.25, 0.14, 0.04);
    let seed = r.seed();
    let gems = stones(r);
    c.shadow(cx + 0.02, cy + 0.04, rx + 0.02, ry + 0.02, 0.3);
    c.fill(
        bb(cx, cy, rx + thick + 0.01, ry + thick + 0.01),
        |x, y| sd_ellipse(x, y, cx, cy, rx, ry).abs() - thick,
        |x, y| {
            let t = sd_ellipse(x, y, cx, cy, rx, ry) / thick;
            let back = if y < cy { 0.8 } else { 1.0 };
            let ang = (y - cy).atan2(x - cx);
            let engraved = if (fract(ang * 36.0 / std::f32::consts::TAU) - 0.5).abs() < 0.1
                && t.abs() > 0.55
            {
                0.6
            } else {
                1.0
            };
            mul(
                metal(gold, t, noise(x * 300.0, y * 300.0, seed)),
                back * engraved,
            )
        },
    );
    for k in 0..5 {
        let a = std::f32::consts::PI * (0.15 + 0.175 * k as f32);
        let (px, py) = (cx + rx * a.cos(), cy + ry * a.sin());
        let tone = gems[k % 3];
        c.fill(
            bb(px, py, 0.03, 0.03),
            |x, y| sd_circle(x, y, px, py, 0.022),
            |x, y| metal(gold, len(x - px, y - py) / 0.022, 0.0),
        );
        c.fill(
            bb(px, py, 0.02, 0.02),
            |x, y| sd_circle(x, y, px, py, 0.015),
            |x, y| ball(tone, (x - px) / 0.015, (y - py) / 0.015, 1.0),
        );
    }
}

pub(super) fn fibula(c: &mut Canvas, r: &mut Rng, gold: bool) {
    let seed = r.seed();
    let gems = stones(r);
    let (cx, top) = (0.5, 0.44);
    let tri = [(cx - 0.16, top), (cx + 0.16, top), (cx, top + 0.34)];
    c.fill(
        bb(cx, top + 0.17, 0.18, 0.19),
        |x, y| sd_polygon(x, y, &tri) - 0.01,
        |x, y| {
            let d = -sd_polygon(x, y, &tri);
            let engraved = if (fract(d * 60.0) - 0.5).abs() < 0.12 && d > 0.02 {
                0.65
            } else {
                1.0
            };
            mul(
                metal(
                    gold,
                    1.0 - (d * 12.0).min(1.0),
                    noise(x * 200.0, y * 200.0, seed),
                ),
                engraved,
            )
        },
    );
    c.fill(
        bb(cx, top + 0.1, 0.04, 0.04),
        |x, y| sd_circle(x, y, cx, top + 0.1, 0.03),
        |x, y| ball(gems[0], (x - cx) / 0.03, (y - top - 0.1) / 0.03, 1.0),
    );
    for (k, (px, py)) in [
        (cx - 0.1, top + 0.03),
        (cx + 0.1, top + 0.03),
        (cx, top + 0.24),
    ]
    .into_iter()
    .enumerate()
    {
        c.fill(
            bb(px, py, 0.02, 0.02),
            |x, y| sd_circle(x, y, px, py, 0.016),
            |x, y| ball(gems[1 + k % 2], (x - px) / 0.016, (y - py) / 0.016, 1.0),
        );
    }
    // Ring and pin.
    let (rx, ry) = (cx, top - 0.1);
    c.fill(
        bb(rx, ry, 0.14, 0.14),
        |x, y| {
            (sd_circle(x, y, rx, ry, 0.1).abs() - 0.016)
                .max(-(sd_box(x, y, rx, ry + 0.1, 0.04, 0.03, 0.0)))
        },
        |x, y| {
            metal(
                gold,
                (len(x - rx, y - ry) - 0.1) / 0.016,
                noise(x * 200.0, y * 200.0, seed),
            )
        },
    );
    c.fill(
        [0.2, 0.2, 0.8, 0.5],
        |x, y| sd_segment(x, y, (rx - 0.22, ry + 0.08), (rx + 0.16, ry - 0.04)) - 0.007,
        |x, y| metal(gold, (y - ry) * 20.0 - (x - rx) * 5.0, 0.0),
    );
}

pub(super) fn necklace(c: &mut Canvas, r: &mut Rng, gold: bool, hand: bool) {
    let gems = stones(r);
    let bead_colour = hex(r.pick(&[0xC0392B, 0xE8A13A, 0x1E8A5A, 0xD9743A]));
    let (cx, top) = (0.5, 0.36);
    let n = 29;
    for k in 0..n {
        let a = -1.45 + 2.9 * k as f32 / (n - 1) as f32;
        let (px, py) = (cx + 0.27 * a.sin(), top + 0.32 * a.cos() - 0.06);
        let (py, big) = (py.max(0.3), k % 4 == 0);
        let rad = if big { 0.02 } else { 0.012 };
        c.fill(
            bb(px, py, rad + 0.01, rad + 0.01),
            |x, y| sd_circle(x, y, px, py, rad),
            |x, y| {
                if big {
                    ball(bead_colour, (x - px) / rad, (y - py) / rad, 0.8)
                } else {
                    metal(gold, len(x - px, y - py) / rad, 0.0)
                }
            },
        );
    }
    let (px, py) = (cx, top + 0.33);
    if hand {
        let palm = move |x: f32, y: f32| {
            let base = sd_box(x, y, px, py + 0.05, 0.055, 0.05, 0.035);
            let mut d = base;
            for dx in [-0.03f32, 0.0, 0.03] {
                d = d.min(
                    sd_segment(
                        x,
                        y,
                        (px + dx, py + 0.02),
                        (px + dx, py - 0.06 - if dx == 0.0 { 0.012 } else { 0.0 }),
                    ) - 0.014,
                );
            }
            for side in [-1.0f32, 1.0] {
                d = d.min(
                    sd_segment(
                        x,
                        y,
                        (px + side * 0.05, py + 0.05),
                        (px + side * 0.085, py - 0.02),
                    ) - 0.013,
                );
            }
            d
        };
        c.fill(bb(px, py, 0.12, 0.13), palm, |x, y| {
            metal(gold, (x - px) * 8.0 + (y - py) * 4.0, 0.0)
        });
        c.solid(
            bb(px, py, 0.12, 0.13),
            |x, y| palm(x, y).abs() - 0.0025 + 0.007,
            mul(metal(gold, 0.9, 0.0), 0.7),
        );
        c.fill(
            bb(px, py + 0.05, 0.02, 0.02),
            |x, y| sd_circle(x, y, px, py + 0.05, 0.017),
            |x, y| ball(gems[1], (x - px) / 0.017, (y - py - 0.05) / 0.017, 1.0),
        );
    } else {
        c.fill(
            bb(px, py + 0.03, 0.08, 0.08),
            |x, y| sd_circle(x, y, px, py + 0.03, 0.06),
            |x, y| {
                let rr = len(x - px, y - py - 0.03) / 0.06;
                let engraved = if (fract(rr * 5.0) - 0.5).abs() < 0.1 {
                    0.7
                } else {
                    1.0
                };
                mul(metal(gold, rr, 0.0), engraved)
            },
        );
        c.fill(
            bb(px, py + 0.03, 0.03, 0.03),
            |x, y| sd_circle(x, y, px, py + 0.03, 0.022),
            |x, y| ball(gems[0], (x - px) / 0.022, (y - py - 0.03) / 0.022, 1.0),
        );
    }
}

pub(super) fn earrings(c: &mut Canvas, r: &mut Rng, gold: bool) {
    let gems = stones(r);
    for px in [0.37, 0.63] {
        let py = 0.4;
        c.solid(
            bb(px, py - 0.06, 0.05, 0.05),
            |x, y| {
                (sd_circle(x, y, px + 0.015, py - 0.05, 0.03).abs() - 0.004).max(y - (py - 0.04))
            },
            metal(gold, 0.2, 0.0),
        );
        c.fill(
            bb(px, py + 0.05, 0.07, 0.1),
            |x, y| {
                let drop = sd_polygon(
                    x,
                    y,
                    &[
                        (px, py - 0.02),
                        (px + 0.06, py + 0.1),
                        (px - 0.06, py + 0.1),
                    ],
                ) - 0.008;
                drop.min(sd_circle(x, y, px, py + 0.12, 0.045))
            },
            |x, _| metal(gold, (x - px) * 12.0, 0.0),
        );
        c.fill(
            bb(px, py + 0.11, 0.03, 0.03),
            |x, y| sd_circle(x, y, px, py + 0.11, 0.022),
            |x, y| ball(gems[0], (x - px) / 0.022, (y - py - 0.11) / 0.022, 1.0),
        );
        for k in 0..3 {
            let dx = (k as f32 - 1.0) * 0.035;
            let (ex, ey) = (px + dx, py + 0.2 + (1.0 - (k as f32 - 1.0).abs()) * 0.02);
            c.solid(
                bb(ex, ey - 0.02, 0.01, 0.04),
                |x, y| sd_segment(x, y, (px + dx * 0.8, py + 0.15), (ex, ey)) - 0.002,
                metal(gold, 0.3, 0.0),
            );
            c.fill(
                bb(ex, ey, 0.02, 0.02),
                |x, y| sd_circle(x, y, ex, ey, 0.012),
                |x, y| ball(gems[1 + k % 2], (x - ex) / 0.012, (y - ey) / 0.012, 0.8),
            );
        }
    }
}

pub(super) fn ring(c: &mut Canvas, r: &mut Rng, gold: bool) {
    let gems = stones(r);
    let (cx, cy) = (0.5, 0.62);
    c.shadow(cx + 0.02, cy + 0.07, 0.14, 0.03, 0.3);
    c.fill(
        bb(cx, cy, 0.17, 0.12),
        |x, y| sd_ellipse(x, y, cx, cy, 0.13, 0.08).abs() - 0.022,
        |x, y| {
            let t = sd_ellipse(x, y, cx, cy, 0.13, 0.08) / 0.022;
            mul(metal(gold, t, 0.0), if y < cy { 0.8 } else { 1.0 })
        },
    );
    let (sx, sy) = (cx, cy - 0.1);
    c.fill(
        bb(sx, sy, 0.07, 0.07),
        |x, y| {
            let (dx, dy) = (x - sx, y - sy);
            let a = dy.atan2(dx);
            len(dx, dy) - 0.055 - 0.008 * (a * 8.0).cos()
        },
        |x, y| metal(gold, len(x - sx, y - sy) / 0.06, 0.0),
    );
    let gem = gems[r.pick(&[0usize, 1])];
    c.fill(
        bb(sx, sy, 0.05, 0.05),
        |x, y| sd_circle(x, y, sx, sy, 0.035),
        |x, y| ball(gem, (x - sx) / 0.035, (y - sy) / 0.035, 1.0),
    );
}

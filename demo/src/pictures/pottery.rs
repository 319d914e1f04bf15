//! Tagines, plates, bowls and jugs.

use super::canvas::*;

pub(super) fn tagine(c: &mut Canvas, r: &mut Rng, painted: bool) {
    let cx = 0.5;
    let clay = hex(r.pick(&[0xB5562E, 0xA84A28, 0xC0643A]));
    let (glaze, paint1, paint2) = r.pick(&[
        (hex(0x1F4E79), hex(0xF1E6CF), hex(0xE8A13A)),
        (hex(0x2F6B4A), hex(0xF1E6CF), hex(0x8A2A2A)),
        (hex(0xF1E6CF), hex(0x1F4E79), hex(0x2F8A7A)),
        (hex(0x8A2A2A), hex(0xE8C54A), hex(0x1E2A3A)),
    ]);
    let body = if painted { glaze } else { clay };
    let seed = r.seed();
    let (rim_y, base_y, rim_w) = (0.7, 0.8, 0.36);
    c.shadow(cx + 0.03, base_y + 0.01, rim_w * 0.9, 0.04, 0.4);
    // Dish.
    let dish = move |y: f32| {
        rim_w - (rim_w - 0.25) * ((y - rim_y) / (base_y - rim_y)).clamp(0.0, 1.0).powf(0.7)
    };
    c.fill(
        bb(cx, 0.76, rim_w + 0.01, 0.08),
        |x, y| sd_lathe(x, y, cx, rim_y, base_y, 0.16, &dish),
        |x, y| {
            let t = (x - cx) / dish(y);
            let band = if painted && (y - 0.745).abs() < 0.008 {
                paint1
            } else {
                body
            };
            lit(band, t, 0.4)
        },
    );
    c.fill(
        bb(cx, rim_y, rim_w + 0.01, 0.07),
        |x, y| sd_ellipse(x, y, cx, rim_y, rim_w, rim_w * 0.16),
        |x, _| lit(mix(body, [1.0, 1.0, 1.0], 0.1), (x - cx) / rim_w, 0.4),
    );
    // Conical lid.
    let (top_y, lid_w) = (0.26, 0.28);
    let lid = move |y: f32| {
        0.028 + (lid_w - 0.028) * ((y - top_y) / (rim_y - top_y)).clamp(0.0, 1.0).powf(1.7)
    };
    c.fill(
        bb(cx, 0.5, lid_w + 0.01, 0.26),
        |x, y| sd_lathe(x, y, cx, top_y, rim_y, 0.16, &lid),
        |x, y| {
            let t = (x - cx) / lid(y);
            let h = (y - top_y) / (rim_y - top_y);
            let n = 0.95 + 0.08 * noise(x * 150.0, y * 150.0, seed);
            let mut tone = body;
            if painted {
                let angle = t.clamp(-1.0, 1.0).asin();
                if (h - 0.55).abs() < 0.09 {
                    let zig = (fract(angle * 3.0) - 0.5).abs() * 2.0;
                    let local_h = (h - 0.46) / 0.18;
                    tone = if (local_h - zig).abs() < 0.18 {
                        paint1
                    } else if local_h < zig {
                        paint2
                    } else {
                        body
                    };
                } else if (h - 0.8).abs() < 0.015 || (h - 0.3).abs() < 0.012 {
                    tone = paint1;
                } else if (h - 0.88).abs() < 0.03 && fract(angle * 4.0) < 0.4 {
                    tone = paint2;
                }
            } else if (h - 0.82).abs() < 0.008 {
                tone = mul(body, 0.8);
            }
            mul(lit(tone, t, if painted { 0.7 } else { 0.2 }), n)
        },
    );
    // Knob.
    c.fill(
        bb(cx, top_y - 0.02, 0.05, 0.05),
        |x, y| sd_circle(x, y, cx, top_y - 0.025, 0.032),
        |x, y| {
            ball(
                body,
                (x - cx) / 0.032,
                (y - top_y + 0.025) / 0.032,
                if painted { 0.8 } else { 0.2 },
            )
        },
    );
}

pub(super) fn plate(c: &mut Canvas, r: &mut Rng, green: bool) {
    let (cx, cy, rad) = (0.5, 0.47, 0.33);
    let (ground, ink, accent) = if green {
        (hex(0x2E6B3A), hex(0x1E4A28), hex(0x6FA060))
    } else {
        r.pick(&[
            (hex(0xF4F0E6), hex(0x1F4E9C), hex(0x4F7FC4)),
            (hex(0xF4EEDF), hex(0x2F6B4A), hex(0xE8A13A)),
            (hex(0xF6F1E4), hex(0x8A2A2A), hex(0x1F4E79)),
        ])
    };
    let seed = r.seed();
    let petals = r.pick(&[6.0f32, 8.0, 12.0]);
    // A plate on a stand, seen from the front.
    c.draw(
        bb(cx + 0.02, cy + 0.03, rad + 0.05, rad + 0.05),
        0.02,
        |x, y| sd_circle(x, y, cx + 0.02, cy + 0.03, rad),
        |_, _| [0.2, 0.14, 0.1, 0.35],
    );
    c.fill(
        bb(cx, 0.8, 0.2, 0.03),
        |x, y| sd_box(x, y, cx, 0.8, 0.12, 0.012, 0.006),
        |_, _| hex(0x6B4423),
    );
    c.fill(
        bb(cx, cy, rad + 0.01, rad + 0.01),
        |x, y| sd_circle(x, y, cx, cy, rad),
        |x, y| {
            let (dx, dy) = (x - cx, y - cy);
            let rr = len(dx, dy) / rad;
            let ang = dy.atan2(dx);
            let sector = fract(ang * petals / std::f32::consts::TAU);
            let tone = if green {
                let n = noise(x * 25.0, y * 25.0, seed);
                let ring = if (rr - 0.72).abs() < 0.02 { 0.75 } else { 1.0 };
                mul(mix(ink, accent, n), ring)
            } else if rr > 0.94 {
                ink
            } else if rr > 0.9 {
                ground
            } else if rr > 0.78 {
                let wave = (sector - 0.5).abs() * 2.0;
                if (rr - 0.78) / 0.12 < 1.0 - wave {
                    accent
                } else {
                    ground
                }
            } else if rr > 0.74 {
                ink
            } else if rr > 0.35 {
                let w = 0.5 * (1.0 - ((rr - 0.35) / 0.39 - 0.5).abs() * 2.0);
                if (sector - 0.5).abs() < w * 0.8 {
                    ink
                } else if (sector - 0.5).abs() > 0.47 {
                    accent
                } else {
                    ground
                }
            } else if rr > 0.31 {
                ink
            } else {
                let star = (fract(ang * 8.0 / std::f32::consts::TAU) - 0.5).abs() * 2.0;
                if rr < 0.12 + 0.15 * (1.0 - star) {
                    accent
                } else {
                    ground
                }
            };
            let crackle = 0.97 + 0.05 * noise(x * 90.0, y * 90.0, seed + 1);
            let (nx, ny) = (dx / rad, dy / rad);
            let dish = if (rr - 0.74).abs() < 0.03 { 0.92 } else { 1.0 };
            mul(ball(tone, nx * 0.35, ny * 0.35, 0.5), crackle * dish)
        },
    );
}

pub(super) fn glazed_bowl(c: &mut Canvas, r: &mut Rng, green: bool) {
    let cx = 0.5;
    let tone = if green {
        hex(0x2E6B3A)
    } else {
        hex(r.pick(&[0x1F4E9C, 0x2F8A7A, 0xB5562E, 0xE9DFCB]))
    };
    let ink = if green {
        hex(0x173A20)
    } else {
        hex(r.pick(&[0xF1E6CF, 0x1F4E79, 0xE8A13A]))
    };
    let seed = r.seed();
    let (y0, y1, rw) = (0.44, 0.78, 0.34);
    c.shadow(cx + 0.03, y1 + 0.01, 0.2, 0.035, 0.4);
    let w = move |y: f32| {
        let t = ((y - y0) / (y1 - y0)).clamp(0.0, 1.0);
        0.13 + (rw - 0.13) * (1.0 - t * t).sqrt()
    };
    c.fill(
        bb(cx, 0.62, rw + 0.01, 0.2),
        |x, y| sd_lathe(x, y, cx, y0, y1, 0.12, &w),
        |x, y| {
            let t = (x - cx) / w(y);
            let n = noise(x * 30.0, y * 60.0, seed);
            let h = (y - y0) / (y1 - y0);
            let base = if green {
                mix(tone, ink, smoothstep(0.45, 0.8, n + 0.3 * h))
            } else if (h - 0.25).abs() < 0.035 || (h - 0.4).abs() < 0.01 {
                ink
            } else {
                tone
            };
            lit(base, t, 0.9)
        },
    );
    c.fill(
        bb(cx, y0, rw + 0.01, 0.06),
        |x, y| sd_ellipse(x, y, cx, y0, rw, rw * 0.2),
        |x, _| lit(mix(tone, [1.0, 1.0, 1.0], 0.15), (x - cx) / rw, 0.5),
    );
    c.fill(
        bb(cx, y0, rw, 0.06),
        |x, y| sd_ellipse(x, y, cx, y0 + 0.004, rw - 0.016, rw * 0.2 - 0.012),
        |x, y| {
            let n = noise(x * 30.0, y * 30.0, seed + 3);
            mul(
                mix(tone, ink, if green { n } else { 0.0 }),
                0.55 + 0.35 * ((y - y0) / 0.06 + 0.5).clamp(0.0, 1.0),
            )
        },
    );
}

pub(super) fn jug(c: &mut Canvas, r: &mut Rng, tanjia: bool) {
    let cx = 0.47;
    let (y0, y1) = (0.22, 0.8);
    let slip = hex(r.pick(&[0xE9D9BC, 0xD9B48A, 0xB5562E]));
    let ink = hex(r.pick(&[0x5A2A1A, 0x2A1E1A, 0x8A2A1A]));
    let seed = r.seed();
    let w = move |y: f32| {
        let t = ((y - y0) / (y1 - y0)).clamp(0.0, 1.0);
        if tanjia {
            0.06 + 0.12 * (t * 1.1).min(1.0).powf(0.8) + 0.03 * (std::f32::consts::PI * t).sin()
        } else {
            let neck = 0.06 + 0.02 * (1.0 - t * 5.0).max(0.0);
            neck + 0.15
                * (std::f32::consts::PI * (t - 0.08).max(0.0) / 0.98)
                    .sin()
                    .powf(0.8)
        }
    };
    c.shadow(cx + 0.03, y1 + 0.01, 0.17, 0.035, 0.4);
    // Handle(s).
    for side in if tanjia {
        vec![-1.0f32, 1.0]
    } else {
        vec![1.0]
    } {
        let (hx, hy) = (cx + side * 0.16, 0.38);
        c.fill(
            bb(hx, hy, 0.1, 0.12),
            |x, y| {
                let ring = sd_ellipse(x, y, hx, hy, 0.08, 0.1).abs() - 0.014;
                ring.max(-(x - cx) * side + 0.1)
            },
            |x, y| lit(mul(slip, 0.9), (y - hy) / 0.1 + (x - hx) * side * 3.0, 0.2),
        );
    }
    c.fill(
        bb(cx, 0.51, 0.24, 0.31),
        |x, y| sd_lathe(x, y, cx, y0, y1, 0.15, &w),
        |x, y| {
            let t = (x - cx) / w(y);
            let h = (y - y0) / (y1 - y0);
            let angle = t.clamp(-1.0, 1.0).asin();
            let n = 0.95 + 0.08 * noise(x * 120.0, y * 120.0, seed);
            let tri = (fract(angle * 2.2) - 0.5).abs() * 2.0;
            let lines =
                (h - 0.35).abs() < 0.012 || (h - 0.5).abs() < 0.012 || (h - 0.12).abs() < 0.008;
            let zigzag = h > 0.36 && h < 0.49 && ((h - 0.36) / 0.13 - tri).abs() < 0.1;
            let strokes = h > 0.55 && h < 0.75 && (fract(angle * 3.0) - 0.5).abs() < 0.05;
            let tone = if lines || zigzag || strokes {
                ink
            } else {
                slip
            };
            mul(lit(tone, t, 0.25), n)
        },
    );
    c.solid(
        bb(cx, y0, 0.08, 0.03),
        |x, y| sd_ellipse(x, y, cx, y0, w(y0) - 0.008, 0.012),
        mul(slip, 0.35),
    );
}

//! Baskets, tbak and hats.

use super::canvas::*;

pub(super) fn straw_tone(r: &mut Rng) -> Rgb {
    hex(r.pick(&[0xD9B46A, 0xC9A25A, 0xE2C384, 0xBF9450]))
}

pub(super) fn weave(straw: Rgb, u: f32, h: f32, band: Option<Rgb>) -> Rgb {
    let row = (h * 28.0).floor();
    let fy = fract(h * 28.0);
    let offset = if row as i32 % 2 == 0 { 0.0 } else { 0.5 };
    let fx = fract(u * 9.0 + offset);
    let coil = 0.78 + 0.3 * (1.0 - (fy - 0.5).abs() * 2.0).sqrt();
    let stitch = smoothstep(0.12, 0.08, (fx - 0.5).abs());
    let mut tone = straw;
    if let Some(b) = band
        && matches!(row as i32 % 9, 3 | 4)
    {
        tone = b;
    }
    mul(mix(tone, mul(tone, 0.75), stitch * 0.6), coil)
}

pub(super) fn basket(c: &mut Canvas, r: &mut Rng, market: bool) {
    let straw = straw_tone(r);
    let band = if r.f() < 0.7 {
        Some(hex(
            r.pick(&[0xB3261E, 0x2F6B3A, 0x1F4E79, 0xD94F6A, 0x6A2446])
        ))
    } else {
        None
    };
    let cx = 0.5;
    let (y0, y1, top_w, bottom_w) = if market {
        (0.4, 0.8, 0.27, 0.22)
    } else {
        (0.5, 0.8, 0.33, 0.24)
    };
    c.shadow(cx + 0.03, y1 + 0.01, bottom_w * 1.2, 0.035, 0.4);
    let w =
        move |y: f32| top_w + (bottom_w - top_w) * ((y - y0) / (y1 - y0)).clamp(0.0, 1.0).powf(1.5);
    if market {
        for side in [-1.0f32, 1.0] {
            let hx = cx + side * 0.1;
            c.fill(
                bb(hx, y0 - 0.1, 0.12, 0.14),
                |x, y| {
                    (sd_ellipse(x, y, hx, y0 + 0.01, 0.08, 0.2).abs() - 0.012).max(y - y0 - 0.01)
                },
                |x, y| weave(mul(straw, 0.95), x * 3.0, y * 2.0, None),
            );
        }
    }
    c.fill(
        bb(cx, (y0 + y1) / 2.0, top_w + 0.01, (y1 - y0) / 2.0 + 0.06),
        |x, y| sd_lathe(x, y, cx, y0, y1, 0.15, &w),
        |x, y| {
            let t = (x - cx) / w(y);
            let u = t.clamp(-1.0, 1.0).asin();
            lit(weave(straw, u, (y - y0) / (y1 - y0) * 0.9, band), t, 0.1)
        },
    );
    if !market {
        c.fill(
            bb(cx, y0, top_w + 0.01, 0.07),
            |x, y| sd_ellipse(x, y, cx, y0, top_w, top_w * 0.2),
            |x, y| {
                let inner = sd_ellipse(x, y, cx, y0 + 0.004, top_w - 0.02, top_w * 0.2 - 0.015);
                let (dx, dy) = ((x - cx) / top_w, (y - y0) / (top_w * 0.2));
                let ring = len(dx, dy);
                let tone = weave(straw, dy.atan2(dx) * 0.5, ring * 0.4, None);
                if inner < 0.0 {
                    mul(tone, 0.6 + 0.25 * ((y - y0) / 0.06 + 0.5).clamp(0.0, 1.0))
                } else {
                    mul(tone, 1.08)
                }
            },
        );
        // Two small side handles.
        for side in [-1.0f32, 1.0] {
            let hx = cx + side * (top_w + 0.01);
            c.fill(
                bb(hx, y0 + 0.03, 0.05, 0.05),
                |x, y| sd_ellipse(x, y, hx, y0 + 0.03, 0.028, 0.035).abs() - 0.009,
                |x, y| weave(straw, x * 4.0, y * 3.0, None),
            );
        }
    } else {
        c.solid(
            bb(cx, y0, top_w + 0.01, 0.04),
            |x, y| sd_ellipse(x, y, cx, y0, top_w, top_w * 0.15).max(y - y0 - 0.004),
            mul(straw, 0.45),
        );
    }
}

pub(super) fn tbak(c: &mut Canvas, r: &mut Rng) {
    let straw = straw_tone(r);
    let (b1, b2) = (
        hex(r.pick(&[0xB3261E, 0x2F6B3A, 0x6A2446])),
        hex(r.pick(&[0x1E1A1A, 0xE8A13A, 0x1F4E79])),
    );
    let cx = 0.5;
    c.shadow(cx + 0.03, 0.81, 0.3, 0.035, 0.4);
    let base = move |y: f32| 0.31 - 0.05 * ((y - 0.68) / 0.12).clamp(0.0, 1.0);
    c.fill(
        bb(cx, 0.74, 0.33, 0.09),
        |x, y| sd_lathe(x, y, cx, 0.68, 0.8, 0.15, &base),
        |x, y| {
            let t = (x - cx) / base(y);
            lit(
                weave(straw, t.clamp(-1.0, 1.0).asin(), (y - 0.68) * 3.0, None),
                t,
                0.1,
            )
        },
    );
    let (top_y, rim_y) = (0.22, 0.7);
    let lid =
        move |y: f32| 0.02 + 0.31 * ((y - top_y) / (rim_y - top_y)).clamp(0.0, 1.0).powf(1.25);
    c.fill(
        bb(cx, 0.47, 0.34, 0.28),
        |x, y| sd_lathe(x, y, cx, top_y, rim_y, 0.15, &lid),
        |x, y| {
            let t = (x - cx) / lid(y);
            let u = t.clamp(-1.0, 1.0).asin();
            let h = (y - top_y) / (rim_y - top_y);
            let tri = (fract(u * 1.6) - 0.5).abs() * 2.0;
            let mut tone = weave(straw, u, h, None);
            if (0.45..0.7).contains(&h) {
                let k = (h - 0.45) / 0.25;
                if k < tri * 0.9 {
                    tone = weave(b1, u, h, None);
                } else if k < tri + 0.12 && k > tri * 0.9 {
                    tone = weave(b2, u, h, None);
                }
            } else if (h - 0.82).abs() < 0.04 || (h - 0.3).abs() < 0.03 {
                tone = weave(b2, u, h, None);
            }
            lit(tone, t, 0.1)
        },
    );
    c.fill(
        bb(cx, top_y - 0.03, 0.05, 0.05),
        |x, y| sd_circle(x, y, cx, top_y - 0.02, 0.028),
        |x, y| ball(b1, (x - cx) / 0.028, (y - top_y + 0.02) / 0.028, 0.2),
    );
}

pub(super) fn hat(c: &mut Canvas, r: &mut Rng) {
    let straw = straw_tone(r);
    let cords = [
        hex(0x1E1A1A),
        hex(0xB3261E),
        hex(0xE8A13A),
        hex(0x2F6B3A),
        hex(0x1F4E79),
    ];
    let (cx, cy) = (0.5, 0.55);
    c.shadow(cx + 0.03, cy + 0.14, 0.4, 0.05, 0.35);
    c.fill(
        bb(cx, cy, 0.43, 0.16),
        |x, y| sd_ellipse(x, y, cx, cy, 0.42, 0.15),
        |x, y| {
            let (dx, dy) = ((x - cx) / 0.42, (y - cy) / 0.15);
            let rr = len(dx, dy);
            let tone = weave(straw, dy.atan2(dx) * 2.0, rr * 0.6, None);
            mul(tone, 0.85 + 0.2 * (1.0 - rr))
        },
    );
    // Crown.
    let crown = move |y: f32| 0.15 + 0.02 * ((y - 0.36) / 0.19).clamp(0.0, 1.0);
    c.fill(
        bb(cx, 0.45, 0.19, 0.13),
        |x, y| {
            sd_lathe(x, y, cx, 0.38, cy, 0.3, &crown).min(sd_ellipse(x, y, cx, 0.38, 0.15, 0.045))
        },
        |x, y| {
            let t = (x - cx) / crown(y);
            lit(
                weave(straw, t.clamp(-1.0, 1.0).asin(), (y - 0.36) * 1.5, None),
                t,
                0.1,
            )
        },
    );
    // Wool cords from the crown to the brim, with pompoms.
    let k = 5 + (r.next() % 3) as usize;
    for i in 0..k {
        let a = std::f32::consts::PI * (0.12 + 0.76 * i as f32 / (k - 1) as f32);
        let (ex, ey) = (cx - 0.36 * a.cos(), cy + 0.11 * a.sin());
        let (sx, sy) = (cx - 0.15 * a.cos(), 0.52 + 0.03 * a.sin());
        let tone = cords[i % cords.len()];
        c.solid(
            bb((sx + ex) / 2.0, (sy + ey) / 2.0, 0.25, 0.1),
            |x, y| sd_segment(x, y, (sx, sy), (ex, ey)) - 0.005,
            tone,
        );
        c.fill(
            bb(ex, ey + 0.03, 0.04, 0.04),
            |x, y| sd_circle(x, y, ex, ey + 0.025, 0.026),
            |x, y| {
                let fuzz = 0.85 + 0.25 * noise(x * 300.0, y * 300.0, i as u32);
                mul(
                    ball(tone, (x - ex) / 0.026, (y - ey - 0.025) / 0.026, 0.1),
                    fuzz,
                )
            },
        );
    }
}

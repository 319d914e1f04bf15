//! Bags, slippers and poufs.

use super::canvas::*;

pub(super) fn leather_tone(r: &mut Rng) -> Rgb {
    hex(r.pick(&[
        0x8A4A22, 0x6B3A1E, 0xA8642A, 0x4A2A1A, 0xB3261E, 0xC9A040, 0x2F4A5A,
    ]))
}

pub(super) fn bag(c: &mut Canvas, r: &mut Rng) {
    let tone = leather_tone(r);
    let thread = hex(0xF0DDB0);
    let seed = r.seed();
    let (cx, cy, hw, hh) = (0.5, 0.62, 0.27, 0.18);
    c.shadow(cx + 0.03, cy + hh + 0.01, hw * 1.05, 0.035, 0.4);
    // Handle.
    c.fill(
        bb(cx, 0.36, 0.22, 0.14),
        |x, y| {
            (sd_ellipse(x, y, cx, cy - hh + 0.01, 0.17, 0.2).abs() - 0.016)
                .max(y - (cy - hh + 0.02))
        },
        |x, y| lit(mul(tone, 0.85), (x - cx) / 0.17 + (y - 0.3) * 2.0, 0.4),
    );
    let body = move |x: f32, y: f32| {
        let taper = 0.03 * ((cy + hh - y) / (2.0 * hh)).clamp(0.0, 1.0);
        sd_box(x, y, cx, cy, hw - taper, hh, 0.045)
    };
    let grain = move |x: f32, y: f32| 0.94 + 0.1 * noise(x * 220.0, y * 220.0, seed);
    c.fill(bb(cx, cy, hw + 0.01, hh + 0.01), body, |x, y| {
        mul(
            ball(tone, (x - cx) / hw * 0.5, (y - cy) / hh * 0.4, 0.2),
            grain(x, y),
        )
    });
    // Flap with a rounded point and a button.
    let flap = move |x: f32, y: f32| {
        let top = sd_box(x, y, cx, cy - hh * 0.55, hw - 0.028, hh * 0.45, 0.04);
        let tip = sd_ellipse(x, y, cx, cy - hh * 0.1, hw - 0.03, hh * 0.55)
            .max(y - (cy + hh * 0.45))
            .max(cy - hh * 0.1 - y);
        top.min(tip)
    };
    c.draw(
        bb(cx, cy + 0.02, hw, hh),
        0.012,
        |x, y| flap(x, y - 0.012),
        |_, _| [0.1, 0.05, 0.02, 0.35],
    );
    c.fill(bb(cx, cy, hw, hh + 0.01), flap, |x, y| {
        mul(
            ball(
                mul(tone, 1.08),
                (x - cx) / hw * 0.5,
                (y - cy) / hh * 0.4 - 0.2,
                0.3,
            ),
            grain(x, y),
        )
    });
    let dash = move |x: f32, y: f32| (fract((x + y) * 70.0) - 0.5).abs() / 70.0 - 0.0045;
    c.solid(
        bb(cx, cy, hw, hh + 0.01),
        |x, y| (flap(x, y) + 0.014).abs().max(dash(x, y)) - 0.0022,
        thread,
    );
    c.solid(
        bb(cx, cy, hw, hh),
        |x, y| {
            (body(x, y) + 0.014)
                .abs()
                .max(dash(x, y))
                .max(-(flap(x, y) - 0.006))
                - 0.0022
        },
        thread,
    );
    let (bx, by) = (cx, cy + hh * 0.3);
    c.fill(
        bb(bx, by, 0.03, 0.03),
        |x, y| sd_circle(x, y, bx, by, 0.02),
        |x, y| ball(hex(0xC9A040), (x - bx) / 0.02, (y - by) / 0.02, 1.0),
    );
}

pub(super) fn slippers(c: &mut Canvas, r: &mut Rng) {
    let tone = hex(r.pick(&[0xE8B820, 0xB3261E, 0xF2EBDD, 0x2F4A5A, 0x8A4A22, 0x6A2446]));
    let thread = hex(r.pick(&[0xE8C54A, 0xF2EBDD, 0x2A2A2A]));
    let seed = r.seed();
    for (cx, ang) in [(0.37, -0.12f32), (0.63, 0.1)] {
        let cy = 0.55;
        let shape = move |x: f32, y: f32| {
            let (u, v) = local(x, y, cx, cy, ang);
            // A lens pointed at the toe (top), rounded at the heel.
            let lens = sd_circle(u, v, -0.2, 0.0, 0.3).max(sd_circle(u, v, 0.2, 0.0, 0.3));
            let heel = sd_ellipse(u, v, 0.0, 0.08, 0.1, 0.18);
            lens.max(v - 0.26).min(heel)
        };
        c.draw(
            bb(cx + 0.02, cy + 0.03, 0.15, 0.3),
            0.02,
            |x, y| shape(x - 0.015, y - 0.02),
            |_, _| [0.2, 0.12, 0.08, 0.35],
        );
        c.fill(bb(cx, cy, 0.15, 0.3), shape, |x, y| {
            let (u, v) = local(x, y, cx, cy, ang);
            let n = 0.94 + 0.1 * noise(x * 200.0, y * 200.0, seed);
            mul(ball(tone, u / 0.12 * 0.7, (v + 0.05) / 0.3 * 0.5, 0.3), n)
        });
        // The opening for the foot.
        c.fill(
            bb(cx, cy, 0.15, 0.3),
            |x, y| {
                let (u, v) = local(x, y, cx, cy, ang);
                sd_ellipse(u, v, 0.0, 0.12, 0.072, 0.13)
            },
            |x, y| {
                let (_, v) = local(x, y, cx, cy, ang);
                mix(
                    hex(0xE8D2A8),
                    hex(0xC9A97A),
                    ((v - 0.0) / 0.25).clamp(0.0, 1.0),
                )
            },
        );
        // Embroidery on the toe.
        c.solid(
            bb(cx, cy, 0.15, 0.3),
            |x, y| {
                let (u, v) = local(x, y, cx, cy, ang);
                let vine = (u - 0.012 * (v * 80.0).sin()).abs() - 0.003;
                vine.max(v + 0.2)
                    .max(-v - 0.01 - 0.2)
                    .max(-(v + 0.21))
                    .max(v + 0.015)
                    .min(sd_circle(u, v, 0.0, -0.07, 0.015).abs() - 0.003)
            },
            thread,
        );
    }
}

pub(super) fn pouf(c: &mut Canvas, r: &mut Rng) {
    let tone = leather_tone(r);
    let thread = hex(r.pick(&[0xF0DDB0, 0xE8C54A, 0x2A2A2A]));
    let seed = r.seed();
    let (cx, y0, y1, rw) = (0.5, 0.48, 0.76, 0.32);
    c.shadow(cx + 0.03, y1 + 0.02, rw * 1.05, 0.045, 0.4);
    let w = move |y: f32| {
        rw + 0.02 * (std::f32::consts::PI * ((y - y0) / (y1 - y0)).clamp(0.0, 1.0)).sin()
    };
    c.fill(
        bb(cx, 0.62, rw + 0.03, 0.22),
        |x, y| sd_lathe(x, y, cx, y0, y1, 0.25, &w),
        |x, y| {
            let t = (x - cx) / w(y);
            let angle = t.clamp(-1.0, 1.0).asin();
            let h = (y - y0) / (y1 - y0);
            let dia = (fract(angle * 2.5) - 0.5).abs() * 2.0 + (h - 0.5).abs() * 2.0;
            let stitch = (dia - 0.7).abs() < 0.06 || (dia - 0.4).abs() < 0.04;
            let base = if stitch { thread } else { tone };
            mul(
                lit(base, t, 0.3),
                0.94 + 0.1 * noise(x * 200.0, y * 200.0, seed),
            )
        },
    );
    c.fill(
        bb(cx, y0, rw + 0.01, 0.1),
        |x, y| sd_ellipse(x, y, cx, y0, rw, rw * 0.25),
        |x, y| {
            let (dx, dy) = ((x - cx) / rw, (y - y0) / (rw * 0.25));
            let rr = len(dx, dy);
            let ang = dy.atan2(dx);
            let petal = (fract(ang * 8.0 / std::f32::consts::TAU) - 0.5).abs() * 2.0;
            let stitch =
                (rr - 0.75).abs() < 0.025 || (rr < 0.6 && (rr - 0.55 * petal).abs() < 0.04);
            let base = if stitch { thread } else { mul(tone, 1.1) };
            mul(
                ball(base, dx * 0.3, dy * 0.3, 0.2),
                0.94 + 0.1 * noise(x * 200.0, y * 200.0, seed),
            )
        },
    );
}

//! Soap and cream.

use super::{
    canvas::*,
    jars::{Emblem, INKS, emblem_at},
};

pub(super) fn soap(c: &mut Canvas, r: &mut Rng) {
    let tones = [0x8E9A5A, 0xE6D3B3, 0xD9A3A8, 0xB9A07A, 0xF1EBDD, 0x9C6B4E];
    let seed = r.seed();
    let bars = [(0.34, 0.58, -0.12), (0.6, 0.7, 0.06)];
    for (k, &(cx, cy, ang)) in bars.iter().enumerate() {
        let tone = hex(r.pick(&tones));
        let (hw, hh) = (0.2, 0.11);
        c.shadow(cx + 0.02, cy + 0.09, hw * 1.05, 0.04, 0.35);
        // Side, then top face.
        c.fill(
            bb(cx, cy + 0.03, 0.27, 0.2),
            |x, y| {
                let (u, v) = local(x, y, cx, cy + 0.04, ang);
                sd_box(u, v, 0.0, 0.0, hw, hh, 0.06)
            },
            |x, y| {
                let (u, _) = local(x, y, cx, cy, ang);
                lit(mul(tone, 0.72), u / hw * 0.5, 0.1)
            },
        );
        c.fill(
            bb(cx, cy, 0.27, 0.2),
            |x, y| {
                let (u, v) = local(x, y, cx, cy, ang);
                sd_box(u, v, 0.0, 0.0, hw, hh, 0.06)
            },
            |x, y| {
                let (u, v) = local(x, y, cx, cy, ang);
                let n = noise(x * 60.0, y * 60.0, seed + k as u32);
                let rim = smoothstep(-0.03, 0.0, sd_box(u, v, 0.0, 0.0, hw, hh, 0.06));
                mul(
                    ball(tone, u / hw * 0.5, v / hh * 0.5, 0.15),
                    (0.96 + 0.08 * n) * (1.0 - 0.12 * rim),
                )
            },
        );
        // Stamped oval.
        c.draw(
            bb(cx, cy, 0.2, 0.2),
            0.0,
            |x, y| {
                let (u, v) = local(x, y, cx, cy, ang);
                sd_ellipse(u, v, 0.0, 0.0, hw * 0.55, hh * 0.55).abs() - 0.004
            },
            |_, _| with(mul(tone, 0.7), 0.7),
        );
        c.draw(
            bb(cx, cy, 0.2, 0.2),
            0.0,
            |x, y| {
                let (u, v) = local(x, y, cx, cy, ang);
                sd_ellipse(u, v, 0.0, 0.0, hw * 0.25, hh * 0.22)
            },
            |_, _| with(mul(tone, 0.78), 0.5),
        );
    }
}

pub(super) fn cream_jar(c: &mut Canvas, r: &mut Rng) {
    let cx = 0.47;
    let (y0, y1, hw) = (0.55, 0.78, 0.2);
    let body = hex(r.pick(&[0xF4EFE6, 0x2F3B4A, 0xE9D7C9, 0xDCE8E0]));
    let lid = hex(r.pick(&[0xB08D3C, 0xC9C9C9, 0x7A4A2A]));
    let k = 0.22;
    c.shadow(cx + 0.03, y1 + 0.01, hw * 1.2, 0.04, 0.35);
    let w = move |_: f32| hw;
    c.fill(
        bb(cx, 0.68, hw + 0.01, 0.2),
        |x, y| sd_lathe(x, y, cx, y0, y1, k, &w),
        |x, _| lit(body, (x - cx) / hw, 0.6),
    );
    let ink = if body[0] < 0.5 {
        hex(0xE9D8A6)
    } else {
        hex(r.pick(&INKS))
    };
    c.solid(
        bb(cx, 0.69, hw, 0.05),
        |x, y| sd_box(x, y, cx, 0.69, hw * 0.7, 0.002, 0.001),
        ink,
    );
    emblem_at(c, Emblem::Drop, cx, 0.735, 0.02, ink);
    let lw = move |_: f32| hw + 0.008;
    c.fill(
        bb(cx, y0 - 0.02, hw + 0.02, 0.08),
        |x, y| {
            sd_lathe(x, y, cx, y0 - 0.07, y0 + 0.02, k, &lw).min(sd_ellipse(
                x,
                y,
                cx,
                y0 - 0.07,
                hw + 0.008,
                (hw + 0.008) * k,
            ))
        },
        |x, y| {
            let t = (x - cx) / (hw + 0.008);
            if y < y0 - 0.07 + (hw * k) * (1.0 - t * t).max(0.0).sqrt() * 0.0
                && sd_ellipse(x, y, cx, y0 - 0.07, hw + 0.008, (hw + 0.008) * k) < 0.0
            {
                mul(lit(lid, t * 0.6, 0.4), 1.15)
            } else {
                lit(lid, t, 0.8)
            }
        },
    );
    c.fill(
        bb(cx, y0 - 0.07, hw + 0.01, 0.06),
        |x, y| sd_ellipse(x, y, cx, y0 - 0.07, hw + 0.008, (hw + 0.008) * k),
        |x, y| mul(ball(lid, (x - cx) / (hw * 2.0), (y - y0) / 0.2, 0.3), 1.2),
    );
    // A dab of cream on a leaf beside the jar.
    let (px, py) = (0.78, 0.82);
    c.shadow(px + 0.01, py + 0.02, 0.07, 0.015, 0.3);
    c.fill(
        bb(px, py, 0.08, 0.04),
        |x, y| {
            let (u, v) = local(x, y, px, py, -0.15);
            sd_ellipse(u, v, 0.0, 0.0, 0.07, 0.022)
        },
        |x, y| ball(hex(0x6E8B4A), (x - px) / 0.07, (y - py) / 0.03, 0.3),
    );
    c.fill(
        bb(px, py - 0.015, 0.04, 0.04),
        |x, y| sd_ellipse(x, y, px, py - 0.012, 0.032, 0.02),
        |x, y| {
            ball(
                hex(0xFBF6EC),
                (x - px) / 0.032,
                (y - py + 0.012) / 0.02,
                0.6,
            )
        },
    );
}

//! Spoons, boards, boxes, chessboards and bowls.

use super::canvas::*;

pub(super) fn wood_tone(r: &mut Rng) -> Rgb {
    hex(r.pick(&[0xC08A55, 0xA8743F, 0x8A5A2B, 0xD2A36B, 0x9C6B3E]))
}

/// Wood grain along the u axis.
pub(super) fn grain(tone: Rgb, u: f32, v: f32, seed: u32) -> Rgb {
    let ring = (v * 160.0 + 6.0 * noise(u * 8.0, v * 8.0, seed)).sin();
    mul(
        tone,
        0.9 + 0.08 * ring + 0.06 * noise(u * 40.0, v * 200.0, seed + 1),
    )
}

pub(super) fn spoons(c: &mut Canvas, r: &mut Rng) {
    let seed = r.seed();
    for k in 0..3 {
        let tone = wood_tone(r);
        let (px, py) = (
            0.5 + (k as f32 - 1.0) * 0.1,
            0.55 + (k as f32 - 1.0).abs() * 0.02,
        );
        let ang = -1.2 + k as f32 * 0.08 + r.range(-0.05, 0.05);
        let shape = move |x: f32, y: f32| {
            let (u, v) = local(x, y, px, py, ang);
            let bowl = sd_ellipse(u, v, -0.2, 0.0, 0.075, 0.05);
            let handle = sd_segment(u, v, (-0.13, 0.0), (0.26, 0.0))
                - 0.011
                - 0.006 * ((u - 0.26) / 0.4).abs().min(1.0) * 0.0;
            let knob = sd_ellipse(u, v, 0.26, 0.0, 0.03, 0.017);
            bowl.min(handle).min(knob)
        };
        c.draw(
            [0.1, 0.1, 0.95, 0.95],
            0.012,
            |x, y| shape(x - 0.015, y - 0.02),
            |_, _| [0.2, 0.12, 0.08, 0.3],
        );
        c.fill([0.1, 0.1, 0.95, 0.95], shape, |x, y| {
            let (u, v) = local(x, y, px, py, ang);
            let g = grain(tone, u, v + k as f32, seed);
            let inner = sd_ellipse(u, v, -0.205, 0.0, 0.06, 0.037);
            if inner < 0.0 {
                mul(ball(g, -(u + 0.205) / 0.06, -v / 0.037, 0.2), 0.85)
            } else {
                ball(g, 0.0, v / 0.05, 0.2)
            }
        });
    }
}

pub(super) fn board(c: &mut Canvas, r: &mut Rng) {
    let tone = wood_tone(r);
    let seed = r.seed();
    let (cx, cy, ang) = (0.5, 0.55, r.range(-0.15, 0.05));
    let shape = move |x: f32, y: f32| {
        let (u, v) = local(x, y, cx, cy, ang);
        let slab = sd_box(u, v, -0.04, 0.0, 0.26, 0.17, 0.05);
        let handle = sd_box(u, v, 0.28, 0.0, 0.08, 0.045, 0.04);
        slab.min(handle).max(-sd_circle(u, v, 0.31, 0.0, 0.017))
    };
    c.draw(
        [0.0, 0.2, 1.0, 0.95],
        0.015,
        |x, y| shape(x - 0.02, y - 0.03),
        |_, _| [0.2, 0.12, 0.08, 0.35],
    );
    c.fill(
        [0.0, 0.2, 1.0, 0.95],
        |x, y| shape(x, y - 0.018),
        |x, y| {
            let (u, v) = local(x, y, cx, cy, ang);
            mul(grain(tone, u, v, seed), 0.7)
        },
    );
    c.fill([0.0, 0.2, 1.0, 0.95], shape, |x, y| {
        let (u, v) = local(x, y, cx, cy, ang);
        let edge = smoothstep(-0.012, 0.0, shape(x, y));
        mul(grain(tone, u, v, seed), 1.0 - 0.12 * edge)
    });
    // A small olive-wood spoon on the board.
    let (sx, sy) = (0.38, 0.5);
    c.fill(
        bb(sx, sy, 0.2, 0.1),
        |x, y| {
            let (u, v) = local(x, y, sx, sy, 0.15);
            sd_ellipse(u, v, -0.1, 0.0, 0.05, 0.033)
                .min(sd_segment(u, v, (-0.05, 0.0), (0.16, 0.0)) - 0.008)
        },
        |x, y| {
            let (u, v) = local(x, y, sx, sy, 0.15);
            ball(grain(mul(tone, 0.8), u, v + 2.0, seed), 0.0, v / 0.04, 0.2)
        },
    );
}

pub(super) fn wood_box(c: &mut Canvas, r: &mut Rng, painted: bool) {
    let tone = if painted {
        hex(r.pick(&[0x1E3A5F, 0x7A1E2A, 0x2F5B3A]))
    } else {
        hex(0x8A4A22)
    };
    let seed = r.seed();
    let (cx, cy, hw, hh) = (0.5, 0.62, 0.27, 0.12);
    c.shadow(cx + 0.03, cy + hh + 0.01, hw * 1.05, 0.035, 0.4);
    // Front face.
    c.fill(
        bb(cx, cy, hw + 0.01, hh + 0.01),
        |x, y| sd_box(x, y, cx, cy, hw, hh, 0.01),
        |x, y| {
            let burl = noise(x * 50.0, y * 50.0, seed);
            let base = if painted {
                tone
            } else {
                mix(tone, hex(0x4A2412), smoothstep(0.55, 0.8, burl))
            };
            mul(grain(base, x, y, seed), 0.85)
        },
    );
    // Lid, seen from above.
    let lid = move |x: f32, y: f32| {
        sd_polygon(
            x,
            y,
            &[
                (cx - hw, cy - hh + 0.02),
                (cx + hw, cy - hh + 0.02),
                (cx + hw - 0.05, cy - hh - 0.14),
                (cx - hw + 0.05, cy - hh - 0.14),
            ],
        ) - 0.006
    };
    c.fill(bb(cx, cy - hh - 0.06, hw + 0.01, 0.1), lid, |x, y| {
        let burl = noise(x * 50.0, y * 70.0, seed + 2);
        let base = if painted {
            mul(tone, 1.1)
        } else {
            mix(tone, hex(0x4A2412), smoothstep(0.5, 0.8, burl))
        };
        grain(base, x, y, seed)
    });
    // Inlay or painted flowers.
    let (ix, iy) = (cx, cy - hh - 0.06);
    if painted {
        for k in 0..5 {
            let a = k as f32 * 1.2566;
            let (px, py) = (ix + 0.05 * a.cos(), iy + 0.025 * a.sin());
            c.solid(
                bb(px, py, 0.03, 0.03),
                |x, y| sd_ellipse(x, y, px, py, 0.022, 0.012),
                hex(0xE8A13A),
            );
        }
        c.solid(
            bb(ix, iy, 0.02, 0.02),
            |x, y| sd_ellipse(x, y, ix, iy, 0.016, 0.009),
            hex(0xF2EBDD),
        );
        c.solid(
            bb(cx, cy, hw, hh),
            |x, y| (sd_box(x, y, cx, cy, hw - 0.03, hh - 0.03, 0.01)).abs() - 0.004,
            hex(0xE8C54A),
        );
        for k in 0..5 {
            let px = cx - hw + 0.07 + k as f32 * 0.1;
            c.solid(
                bb(px, cy, 0.03, 0.03),
                |x, y| sd_circle(x, y, px, cy, 0.018),
                hex(r.pick(&[0xE8A13A, 0xF2EBDD, 0xD94F6A])),
            );
        }
    } else {
        let light = hex(0xE8D2A8);
        c.solid(
            bb(ix, iy, 0.2, 0.08),
            |x, y| {
                let (dx, dy) = (x - ix, (y - iy) * 2.0);
                let dia = (dx.abs() + dy.abs() - 0.06).abs() - 0.004;
                let inner = dx.abs() + dy.abs() - 0.022;
                let line = (sd_polygon(
                    x,
                    y,
                    &[
                        (cx - hw + 0.04, cy - hh + 0.005),
                        (cx + hw - 0.04, cy - hh + 0.005),
                        (cx + hw - 0.08, cy - hh - 0.125),
                        (cx - hw + 0.08, cy - hh - 0.125),
                    ],
                ))
                .abs()
                    - 0.0035;
                dia.min(inner).min(line)
            },
            light,
        );
        c.solid(
            bb(cx, cy, hw, hh),
            |x, y| (sd_box(x, y, cx, cy, hw - 0.03, hh - 0.03, 0.005)).abs() - 0.003,
            light,
        );
    }
}

pub(super) fn chessboard(c: &mut Canvas, r: &mut Rng) {
    let seed = r.seed();
    let (dark, light) = (hex(0x6B3A1E), hex(0xE2C28E));
    let corners = [(0.2, 0.78), (0.8, 0.78), (0.7, 0.4), (0.3, 0.4)];
    c.shadow(0.52, 0.8, 0.32, 0.035, 0.4);
    let frame = move |x: f32, y: f32| sd_polygon(x, y, &corners) - 0.012;
    c.fill(
        [0.1, 0.3, 0.9, 0.85],
        |x, y| frame(x, y - 0.03),
        |x, y| grain(mul(dark, 0.8), x, y, seed),
    );
    c.fill([0.1, 0.3, 0.9, 0.85], frame, |x, y| grain(dark, x, y, seed));
    c.fill(
        [0.1, 0.3, 0.9, 0.85],
        |x, y| sd_polygon(x, y, &corners) + 0.012,
        |x, y| {
            // Undo the perspective: v from the far edge (0) to the near edge (1), u across.
            let v = ((y - 0.41) / 0.36).clamp(0.0, 1.0);
            let half = 0.19 + 0.1 * v;
            let u = ((x - 0.5) / half * 0.5 + 0.5).clamp(0.0, 1.0);
            let vv = v.powf(0.85);
            let (i, j) = ((u * 8.0).floor() as i32, (vv * 8.0).floor() as i32);
            let base = if (i + j) % 2 == 0 { light } else { dark };
            grain(base, x, y * 3.0, seed + 5)
        },
    );
}

pub(super) fn wood_bowl(c: &mut Canvas, r: &mut Rng) {
    let tone = wood_tone(r);
    let seed = r.seed();
    let (cx, y0, y1, rw) = (0.5, 0.5, 0.76, 0.38);
    c.shadow(cx + 0.03, y1 + 0.01, 0.22, 0.035, 0.4);
    let w = move |y: f32| {
        let t = ((y - y0) / (y1 - y0)).clamp(0.0, 1.0);
        0.16 + (rw - 0.16) * (1.0 - t * t).sqrt()
    };
    c.fill(
        bb(cx, 0.64, rw + 0.01, 0.16),
        |x, y| sd_lathe(x, y, cx, y0, y1, 0.1, &w),
        |x, y| {
            let t = (x - cx) / w(y);
            lit(grain(tone, x, y * 2.0, seed), t, 0.4)
        },
    );
    c.fill(
        bb(cx, y0, rw + 0.01, 0.08),
        |x, y| sd_ellipse(x, y, cx, y0, rw, rw * 0.18),
        |x, y| {
            let inner = sd_ellipse(x, y, cx, y0 + 0.003, rw - 0.018, rw * 0.18 - 0.012);
            let g = grain(tone, x * 2.0, len(x - cx, (y - y0) * 5.0), seed);
            if inner < 0.0 {
                mul(g, 0.65 + 0.3 * ((y - y0) / 0.07 + 0.5).clamp(0.0, 1.0))
            } else {
                mul(g, 1.1)
            }
        },
    );
}

//! Bottles and jars, and what lies beside them (nuts, olives, petals, leaves).

use super::canvas::*;

#[derive(Clone, Copy, PartialEq)]
pub(super) enum Top {
    Cap,
    Dropper,
    Spray,
}

#[derive(Clone, Copy)]
pub(super) enum Emblem {
    Tree,
    Olive,
    Rose,
    Blossom,
    Hexagon,
    Almond,
    Fruit,
    Drop,
}

pub(super) const LABELS: [u32; 6] = [0xF5EDDC, 0xFFFFFF, 0xEFE3C8, 0xE9EFE4, 0xF7E6E0, 0x2F3B4A];
pub(super) const INKS: [u32; 6] = [0x7A2E1C, 0x2F5B3A, 0x1F4E79, 0x8A5A14, 0x6A2446, 0x3A3A3A];

pub(super) fn bottle(c: &mut Canvas, r: &mut Rng, liquid: Rgb, top: Top, emblem: Emblem) {
    let cx = r.range(0.43, 0.47);
    let tall = r.f() < 0.5;
    let hw = if tall {
        r.range(0.105, 0.12)
    } else {
        r.range(0.13, 0.15)
    };
    let neck = if top == Top::Dropper {
        0.04
    } else {
        r.range(0.036, 0.046)
    };
    let y0 = if tall { 0.25 } else { 0.33 };
    let y1 = 0.8;
    let sh0 = y0 + if tall { 0.07 } else { 0.05 };
    let sh1 = sh0 + if tall { 0.1 } else { 0.08 };
    let w = move |y: f32| {
        if y < sh0 {
            neck
        } else if y < sh1 {
            let t = (y - sh0) / (sh1 - sh0);
            neck + (hw - neck) * (1.0 - (1.0 - t) * (1.0 - t)).sqrt()
        } else {
            hw
        }
    };
    let k = 0.22;
    c.shadow(cx + 0.03, y1 + 0.01, hw * 1.25, 0.035, 0.35);
    let area = bb(
        cx,
        (y0 + y1) / 2.0 + 0.02,
        hw + 0.01,
        (y1 - y0) / 2.0 + 0.05,
    );
    let glass = hex(0xE8F0EC);
    c.draw(
        area,
        0.0,
        |x, y| sd_lathe(x, y, cx, y0, y1, k, &w),
        |x, y| with(lit(glass, (x - cx) / w(y), 0.6), 0.45),
    );
    let level = sh1 + 0.01 + r.range(0.0, 0.03);
    let inner = move |y: f32| (w(y) - 0.01).max(0.0);
    c.fill(
        area,
        |x, y| sd_lathe(x, y, cx, level, y1 - 0.008, k, &inner),
        |x, y| {
            let t = (x - cx) / hw;
            let depth = 1.0 - 0.25 * ((y - level) / (y1 - level));
            mul(lit(liquid, t, 0.5), depth)
        },
    );
    // The liquid's surface.
    c.draw(
        bb(cx, level, hw, 0.02),
        0.0,
        |x, y| sd_ellipse(x, y, cx, level, hw - 0.01, (hw - 0.01) * k),
        |_, _| with(mix(liquid, [1.0, 1.0, 1.0], 0.3), 0.8),
    );
    // Label.
    let label = hex(r.pick(&LABELS));
    let ink = if label[0] < 0.5 {
        hex(0xE9D8A6)
    } else {
        hex(r.pick(&INKS))
    };
    let ly = (level + y1) / 2.0 + 0.02;
    let lh = (y1 - level) * 0.3;
    c.fill(
        bb(cx, ly, hw + 0.01, lh + 0.01),
        |x, y| sd_box(x, y, cx, ly, hw + 0.002, lh, 0.004),
        |x, _| lit(label, (x - cx) / (hw + 0.003), 0.1),
    );
    c.solid(
        bb(cx, ly, hw, lh),
        |x, y| (sd_box(x, y, cx, ly, hw * 0.8, lh * 0.82, 0.01)).abs() - 0.0025,
        ink,
    );
    emblem_at(c, emblem, cx, ly, lh * 0.55, ink);
    // Glass highlight.
    let hx = cx - hw * 0.62;
    c.draw(
        bb(hx, (sh1 + y1) / 2.0, 0.02, (y1 - sh1) / 2.0),
        0.0,
        |x, y| sd_segment(x, y, (hx, sh1 + 0.03), (hx, y1 - 0.06)) - 0.008,
        |_, _| [1.0, 1.0, 1.0, 0.4],
    );
    // Top.
    let cap = hex(r.pick(&[0x2A2A2A, 0xB08D3C, 0x8A5A2B, 0xF2F2F2, 0x1E3A5F]));
    match top {
        Top::Cap => {
            let ch = 0.035;
            c.fill(
                bb(cx, y0 - ch, neck + 0.02, ch + 0.01),
                |x, y| sd_box(x, y, cx, y0 - ch + 0.01, neck + 0.01, ch, 0.008),
                |x, _| {
                    let ridge = 1.0 - 0.1 * (0.5 + 0.5 * ((x - cx) * 300.0).sin());
                    mul(lit(cap, (x - cx) / (neck + 0.01), 0.5), ridge)
                },
            );
        }
        Top::Dropper => {
            let black = hex(0x222222);
            c.fill(
                bb(cx, y0 - 0.02, neck + 0.02, 0.03),
                |x, y| sd_box(x, y, cx, y0 - 0.015, neck + 0.008, 0.022, 0.006),
                |x, _| lit(cap, (x - cx) / (neck + 0.008), 0.6),
            );
            c.fill(
                bb(cx, y0 - 0.09, 0.05, 0.07),
                |x, y| {
                    sd_ellipse(x, y, cx, y0 - 0.08, 0.032, 0.05).min(sd_box(
                        x,
                        y,
                        cx,
                        y0 - 0.04,
                        0.026,
                        0.012,
                        0.004,
                    ))
                },
                |x, y| ball(black, (x - cx) / 0.032, (y - (y0 - 0.08)) / 0.05, 0.5),
            );
        }
        Top::Spray => {
            c.fill(
                bb(cx, y0 - 0.03, neck + 0.02, 0.04),
                |x, y| sd_box(x, y, cx, y0 - 0.02, neck + 0.008, 0.028, 0.006),
                |x, _| lit(hex(0xD9D9D9), (x - cx) / (neck + 0.008), 0.6),
            );
            c.fill(
                bb(cx, y0 - 0.07, 0.05, 0.03),
                |x, y| {
                    sd_box(x, y, cx, y0 - 0.068, 0.024, 0.022, 0.01).min(sd_box(
                        x,
                        y,
                        cx - 0.03,
                        y0 - 0.072,
                        0.012,
                        0.007,
                        0.003,
                    ))
                },
                |x, _| lit(cap, (x - cx) / 0.03, 0.5),
            );
        }
    }
}

pub(super) fn emblem_at(c: &mut Canvas, e: Emblem, cx: f32, cy: f32, s: f32, ink: Rgb) {
    let area = bb(cx, cy, s * 1.3, s * 1.3);
    match e {
        Emblem::Tree => c.solid(
            area,
            |x, y| {
                let trunk = sd_segment(x, y, (cx, cy + s * 0.9), (cx, cy + s * 0.1)) - s * 0.1;
                let l =
                    sd_segment(x, y, (cx, cy + s * 0.3), (cx - s * 0.4, cy - s * 0.05)) - s * 0.06;
                let rr =
                    sd_segment(x, y, (cx, cy + s * 0.3), (cx + s * 0.4, cy - s * 0.05)) - s * 0.06;
                let crown = sd_ellipse(x, y, cx, cy - s * 0.25, s * 0.9, s * 0.45);
                trunk.min(l).min(rr).min(crown)
            },
            ink,
        ),
        Emblem::Olive => c.solid(
            area,
            |x, y| {
                let stem = sd_segment(
                    x,
                    y,
                    (cx - s * 0.8, cy + s * 0.6),
                    (cx + s * 0.8, cy - s * 0.6),
                ) - s * 0.05;
                let (u, v) = local(x, y, cx - s * 0.2, cy - s * 0.25, -0.3);
                let leaf1 = sd_ellipse(u, v, 0.0, 0.0, s * 0.5, s * 0.15);
                let (u2, v2) = local(x, y, cx + s * 0.15, cy + s * 0.3, -0.9);
                let leaf2 = sd_ellipse(u2, v2, 0.0, 0.0, s * 0.5, s * 0.15);
                let olive = sd_ellipse(x, y, cx + s * 0.35, cy - s * 0.15, s * 0.22, s * 0.3);
                stem.min(leaf1).min(leaf2).min(olive)
            },
            ink,
        ),
        Emblem::Rose | Emblem::Blossom => {
            let n = if matches!(e, Emblem::Rose) { 6 } else { 5 };
            c.solid(
                area,
                |x, y| {
                    let (dx, dy) = (x - cx, y - cy);
                    let a = dy.atan2(dx);
                    let rad = len(dx, dy);
                    let petal = s * (0.55 + 0.35 * (a * n as f32).cos().abs().sqrt());
                    rad - petal
                },
                ink,
            );
            c.solid(
                area,
                |x, y| sd_circle(x, y, cx, cy, s * 0.22),
                mix(ink, [1.0, 1.0, 1.0], 0.6),
            );
        }
        Emblem::Hexagon => c.solid(
            area,
            |x, y| {
                let mut d = f32::MAX;
                for (ox, oy) in [(0.0, 0.0), (-0.9, 0.52), (0.9, 0.52), (0.0, -1.04)] {
                    let (hx, hy) = (cx + ox * s * 0.5, cy + oy * s * 0.5);
                    let pts: Vec<(f32, f32)> = (0..6)
                        .map(|k| {
                            let a = k as f32 * std::f32::consts::FRAC_PI_3;
                            (hx + s * 0.27 * a.cos(), hy + s * 0.27 * a.sin())
                        })
                        .collect();
                    d = d.min(sd_polygon(x, y, &pts).abs() - s * 0.04);
                }
                d
            },
            ink,
        ),
        Emblem::Almond | Emblem::Drop => c.solid(
            area,
            |x, y| {
                let round = sd_circle(x, y, cx, cy + s * 0.25, s * 0.5);
                let tip = sd_polygon(
                    x,
                    y,
                    &[
                        (cx, cy - s * 0.95),
                        (cx + s * 0.47, cy + s * 0.1),
                        (cx - s * 0.47, cy + s * 0.1),
                    ],
                );
                round.min(tip)
            },
            ink,
        ),
        Emblem::Fruit => {
            c.solid(
                area,
                |x, y| sd_circle(x, y, cx, cy + s * 0.15, s * 0.6),
                ink,
            );
            c.solid(
                area,
                |x, y| {
                    let (u, v) = local(x, y, cx + s * 0.3, cy - s * 0.6, 0.5);
                    sd_ellipse(u, v, 0.0, 0.0, s * 0.35, s * 0.13)
                },
                hex(0x3F6B35),
            );
        }
    }
}

#[derive(Clone, Copy)]
pub(super) enum Piece {
    Slice,
    Dot,
    Blob,
}

#[derive(Clone, Copy)]
pub(super) enum Fill {
    Honey(Rgb),
    Paste(Rgb),
    Jam(Rgb),
    Pieces(Rgb, Rgb, Piece),
}

pub(super) fn jar(c: &mut Canvas, r: &mut Rng, fill: Fill, emblem: Emblem) {
    let cx = r.range(0.44, 0.48);
    let hw = r.range(0.15, 0.18);
    let y0 = r.range(0.36, 0.42);
    let y1 = 0.8;
    let neck = hw - 0.025;
    let w = move |y: f32| {
        let t = ((y - y0) / 0.06).clamp(0.0, 1.0);
        neck + (hw - neck) * (1.0 - (1.0 - t) * (1.0 - t)).sqrt()
    };
    let k = 0.2;
    c.shadow(cx + 0.03, y1 + 0.01, hw * 1.2, 0.04, 0.35);
    let area = bb(cx, (y0 + y1) / 2.0, hw + 0.02, (y1 - y0) / 2.0 + 0.06);
    let seed = r.seed();
    let inner = move |y: f32| w(y) - 0.008;
    let top = y0 + 0.015;
    c.fill(
        area,
        |x, y| sd_lathe(x, y, cx, top, y1 - 0.006, k, &inner),
        |x, y| {
            let t = (x - cx) / hw;
            match fill {
                Fill::Honey(tone) => {
                    let glow = 1.0 - len(t * 0.8, (y - 0.62) * 4.0).min(1.0);
                    let base = mix(mul(tone, 0.7), mix(tone, hex(0xFFE08A), 0.5), glow);
                    lit(base, t, 0.35)
                }
                Fill::Paste(tone) => {
                    let n = noise(x * 90.0, y * 90.0, seed);
                    let (s, h) = speck(x, y, 160.0, 0.35, seed);
                    let base = mul(tone, 0.9 + 0.2 * n);
                    lit(
                        mix(base, mul(tone, if h < 0.5 { 0.6 } else { 1.35 }), s * 0.7),
                        t,
                        0.15,
                    )
                }
                Fill::Jam(tone) => {
                    let n = noise(x * 40.0, y * 40.0, seed);
                    let (s, _) = speck(x, y, 70.0, 0.25, seed);
                    lit(
                        mix(mul(tone, 0.8 + 0.3 * n), mul(tone, 0.5), s * 0.6),
                        t,
                        0.45,
                    )
                }
                Fill::Pieces(liquid, _, _) => lit(liquid, t, 0.3),
            }
        },
    );
    if let Fill::Pieces(_, tone, piece) = fill {
        let count = match piece {
            Piece::Slice => 9,
            Piece::Dot => 40,
            Piece::Blob => 12,
        };
        for _ in 0..count {
            let px = cx + r.range(-hw * 0.85, hw * 0.85);
            let py = r.range(y0 + 0.08, y1 - 0.02);
            let sz = match piece {
                Piece::Slice => r.range(0.045, 0.06),
                Piece::Dot => r.range(0.01, 0.015),
                Piece::Blob => r.range(0.03, 0.045),
            };
            let ang = r.range(0.0, 3.0);
            let clip = move |x: f32, y: f32| sd_lathe(x, y, cx, top, y1 - 0.006, k, &inner);
            match piece {
                Piece::Slice => {
                    c.fill(
                        bb(px, py, sz, sz),
                        |x, y| sd_circle(x, y, px, py, sz).max(clip(x, y)),
                        |x, y| {
                            let (dx, dy) = (x - px, y - py);
                            let rr = len(dx, dy) / sz;
                            let seg = (dy.atan2(dx) * 4.0 + ang).sin().abs();
                            if rr > 0.86 {
                                hex(0xD9A520)
                            } else if rr > 0.78 || seg < 0.12 {
                                hex(0xF6EBB0)
                            } else {
                                mul(tone, 0.95 + 0.1 * seg)
                            }
                        },
                    );
                }
                Piece::Dot => c.fill(
                    bb(px, py, sz, sz),
                    |x, y| sd_circle(x, y, px, py, sz).max(clip(x, y)),
                    |x, y| ball(tone, (x - px) / sz, (y - py) / sz, 0.4),
                ),
                Piece::Blob => c.fill(
                    bb(px, py, sz * 1.4, sz * 1.4),
                    |x, y| {
                        let (u, v) = local(x, y, px, py, ang);
                        sd_ellipse(u, v, 0.0, 0.0, sz * 1.3, sz * 0.75).max(clip(x, y))
                    },
                    |x, y| {
                        let (u, v) = local(x, y, px, py, ang);
                        ball(tone, u / (sz * 1.3), v / (sz * 0.75), 0.6)
                    },
                ),
            }
        }
    }
    // Glass over the contents.
    c.draw(
        area,
        0.0,
        |x, y| sd_lathe(x, y, cx, y0, y1, k, &w),
        |x, y| {
            let t = (x - cx) / w(y);
            let edge = smoothstep(0.75, 1.0, t.abs());
            with(lit([0.95, 0.97, 0.96], t, 0.9), 0.08 + 0.3 * edge)
        },
    );
    let hx = cx - hw * 0.65;
    c.draw(
        bb(hx, (y0 + y1) / 2.0, 0.02, (y1 - y0) / 2.0),
        0.0,
        |x, y| sd_segment(x, y, (hx, y0 + 0.08), (hx, y1 - 0.07)) - 0.009,
        |_, _| [1.0, 1.0, 1.0, 0.45],
    );
    // Label.
    let label = hex(r.pick(&LABELS[..5]));
    let ink = hex(r.pick(&INKS));
    let ly = (y0 + y1) / 2.0 + 0.05;
    let lh = 0.075;
    c.fill(
        bb(cx, ly, hw + 0.01, lh + 0.01),
        |x, y| sd_box(x, y, cx, ly, hw * 0.72, lh, 0.012),
        |x, _| lit(label, (x - cx) / hw, 0.1),
    );
    c.solid(
        bb(cx, ly, hw, lh),
        |x, y| (sd_box(x, y, cx, ly, hw * 0.64, lh * 0.82, 0.01)).abs() - 0.0025,
        ink,
    );
    emblem_at(c, emblem, cx, ly, lh * 0.55, ink);
    // Lid: a gingham cloth tied with a string, or a metal lid.
    if r.f() < 0.6 {
        let cloth = hex(r.pick(&[0xB3282D, 0x2F6B3A, 0x2B4F8C, 0xC07A1A]));
        let (ty, by) = (y0 - 0.06, y0 + 0.065);
        c.fill(
            bb(cx, y0, hw + 0.06, 0.1),
            |x, y| {
                let t = ((y - ty) / (by - ty)).clamp(0.0, 1.0);
                let half = neck + 0.01 + (hw + 0.035 - neck) * t;
                let zig = 0.012 * (2.0 * (fract((x - cx) * 30.0) - 0.5).abs());
                let top = sd_ellipse(x, y, cx, ty + 0.02, neck + 0.01, 0.03);
                ((x - cx).abs() - half)
                    .max(y - by - zig)
                    .max(ty + 0.02 - y)
                    .min(top)
            },
            |x, y| {
                let a = fract((x - cx) * 28.0 + 0.25) < 0.5;
                let b = fract(y * 28.0) < 0.5;
                let base = match (a, b) {
                    (true, true) => cloth,
                    (true, false) | (false, true) => mix(cloth, [1.0, 1.0, 1.0], 0.55),
                    (false, false) => [0.98, 0.97, 0.95],
                };
                let fold = 1.0
                    - 0.12
                        * (0.5 + 0.5 * ((x - cx) * 70.0).sin())
                        * smoothstep(y0 - 0.02, y0 + 0.06, y);
                mul(lit(base, (x - cx) / (hw + 0.04), 0.1), fold)
            },
        );
        c.fill(
            bb(cx, y0 + 0.01, neck + 0.03, 0.01),
            |x, y| sd_box(x, y, cx, y0 + 0.012, neck + 0.018, 0.005, 0.004),
            |x, _| lit(hex(0xC9A66B), (x - cx) / (neck + 0.02), 0.3),
        );
    } else {
        let lid = hex(r.pick(&[0xB08D3C, 0x2A2A2A, 0xC9C9C9, 0x8A2A2A]));
        c.fill(
            bb(cx, y0 - 0.02, neck + 0.03, 0.05),
            |x, y| {
                sd_box(x, y, cx, y0 - 0.005, neck + 0.012, 0.03, 0.01).min(sd_ellipse(
                    x,
                    y,
                    cx,
                    y0 - 0.035,
                    neck + 0.012,
                    0.02,
                ))
            },
            |x, y| {
                let ridge = if y > y0 - 0.03 {
                    1.0 - 0.08 * (0.5 + 0.5 * ((x - cx) * 260.0).sin())
                } else {
                    1.1
                };
                mul(lit(lid, (x - cx) / (neck + 0.012), 0.7), ridge)
            },
        );
    }
}

pub(super) fn dipper(c: &mut Canvas, r: &mut Rng) {
    let wood = hex(0xB9834A);
    let (ax, ay) = (0.66, 0.84);
    let (bx, by) = (0.9, 0.62 + r.range(-0.03, 0.03));
    c.shadow(0.78, 0.84, 0.13, 0.02, 0.25);
    c.fill(
        [0.6, 0.55, 0.95, 0.9],
        |x, y| sd_segment(x, y, (ax, ay), (bx, by)) - 0.009,
        |x, y| {
            let (u, _) = local(x, y, ax, ay, 0.0);
            mul(wood, 0.95 + 0.1 * (u * 200.0).sin())
        },
    );
    let ang = (by - ay).atan2(bx - ax);
    for k in 0..5 {
        let t = k as f32 * 0.022;
        let (px, py) = (ax + t * ang.cos() * 1.0, ay + t * ang.sin());
        c.fill(
            bb(px, py, 0.05, 0.05),
            |x, y| {
                let (u, v) = local(x, y, px, py, ang);
                sd_ellipse(u, v, 0.0, 0.0, 0.01, 0.034 - (k as f32 - 2.0).abs() * 0.004)
            },
            |x, y| {
                let (_, v) = local(x, y, px, py, ang);
                lit(mul(wood, 0.9), v / 0.034, 0.3)
            },
        );
    }
}

pub(super) fn nuts_beside(c: &mut Canvas, r: &mut Rng, tone: Rgb, size: f32) {
    let n = 2 + (r.next() % 2) as usize;
    for k in 0..n {
        let px = 0.7 + k as f32 * size * 1.5 + r.range(-0.01, 0.01);
        let py = 0.8 + r.range(0.0, 0.05) - (k % 2) as f32 * 0.02;
        let ang = r.range(-0.8, 0.8);
        let (rx, ry) = (size * 0.7, size * 0.48);
        c.shadow(px + 0.01, py + ry * 0.7, rx, ry * 0.5, 0.3);
        let tone = mul(tone, r.range(0.85, 1.1));
        c.fill(
            bb(px, py, rx, rx),
            |x, y| {
                let (u, v) = local(x, y, px, py, ang);
                sd_ellipse(u, v, 0.0, 0.0, rx, ry)
            },
            |x, y| {
                let (u, v) = local(x, y, px, py, ang);
                let n = noise(u * 300.0, v * 60.0, 7);
                mul(
                    ball(tone, (x - px) / rx, (y - py) / rx, 0.4),
                    0.85 + 0.25 * n,
                )
            },
        );
    }
}

pub(super) fn olive_branch(c: &mut Canvas, r: &mut Rng) {
    let (ax, ay) = (0.6, 0.86);
    let (bx, by) = (0.93, 0.74);
    let stem = hex(0x6B5A3A);
    c.solid(
        [0.55, 0.65, 0.97, 0.9],
        |x, y| sd_segment(x, y, (ax, ay), (bx, by)) - 0.004,
        stem,
    );
    let leaf = hex(0x5E7A3A);
    for k in 0..6 {
        let t = 0.12 + k as f32 * 0.15;
        let (px, py) = (ax + (bx - ax) * t, ay + (by - ay) * t);
        let side = if k % 2 == 0 { 1.0 } else { -1.0 };
        let ang: f32 = -0.35 + side * 0.9;
        let (lx, ly) = (px + 0.035 * ang.cos(), py + 0.035 * ang.sin());
        c.fill(
            bb(lx, ly, 0.05, 0.05),
            |x, y| {
                let (u, v) = local(x, y, lx, ly, ang);
                sd_ellipse(u, v, 0.0, 0.0, 0.04, 0.011)
            },
            |x, y| {
                let (_, v) = local(x, y, lx, ly, ang);
                mix(leaf, hex(0x9DB07A), smoothstep(0.0, 0.011, v) * 0.6)
            },
        );
    }
    let olive = hex(r.pick(&[0x7D8B30, 0x3A2C2E, 0x6A3A44]));
    for (ox, oy) in [(0.7, 0.87), (0.75, 0.86)] {
        c.fill(
            bb(ox, oy, 0.03, 0.03),
            |x, y| sd_ellipse(x, y, ox, oy, 0.022, 0.017),
            |x, y| ball(olive, (x - ox) / 0.022, (y - oy) / 0.017, 0.8),
        );
    }
}

pub(super) fn petals(c: &mut Canvas, r: &mut Rng, blossom: bool) {
    for k in 0..3 {
        let px = 0.68 + k as f32 * 0.08 + r.range(-0.01, 0.01);
        let py = 0.79 + r.range(0.0, 0.08);
        let sz = r.range(0.025, 0.035);
        let (tone, n) = if blossom {
            (hex(0xFBF8F0), 5.0)
        } else {
            (hex(0xD9607A), 6.0)
        };
        let turn = r.range(0.0, 2.0);
        c.shadow(px + 0.005, py + 0.01, sz * 1.1, sz * 0.4, 0.25);
        c.fill(
            bb(px, py, sz * 1.5, sz * 1.5),
            |x, y| {
                let (dx, dy) = (x - px, (y - py) * 1.5);
                let a = dy.atan2(dx) + turn;
                len(dx, dy) - sz * (0.6 + 0.4 * (a * n / 2.0).cos().abs())
            },
            |x, y| {
                let d = len(x - px, (y - py) * 1.5) / sz;
                mul(tone, 0.75 + 0.3 * d.min(1.0))
            },
        );
        let heart = if blossom {
            hex(0xE8C54A)
        } else {
            hex(0x9E2E48)
        };
        c.solid(
            bb(px, py, sz, sz),
            |x, y| sd_ellipse(x, y, px, py, sz * 0.25, sz * 0.17),
            heart,
        );
    }
}

pub(super) fn leaves_beside(c: &mut Canvas, r: &mut Rng, tone: Rgb) {
    for k in 0..4 {
        let px = 0.74 + k as f32 * 0.045 + r.range(-0.01, 0.01);
        let py = 0.83 + r.range(-0.02, 0.04);
        let ang = r.range(-1.2, 1.2);
        let sz = r.range(0.025, 0.035);
        c.fill(
            bb(px, py, sz * 1.2, sz * 1.2),
            |x, y| {
                let (u, v) = local(x, y, px, py, ang);
                sd_ellipse(u, v, 0.0, 0.0, sz, sz * 0.4)
            },
            |x, y| {
                let (u, v) = local(x, y, px, py, ang);
                let vein = smoothstep(0.003, 0.0, v.abs()) * smoothstep(sz, 0.0, u.abs());
                mix(
                    mul(tone, 0.95 + 0.2 * (v / sz)),
                    mul(tone, 1.35),
                    vein * 0.6,
                )
            },
        );
    }
}

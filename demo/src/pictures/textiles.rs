//! Rugs, blankets and cushions.

use super::canvas::*;

#[derive(Clone, Copy, PartialEq)]
pub(super) enum RugStyle {
    Lattice,
    Azilal,
    Rag,
    Bands,
    Medallion,
}

pub(super) fn rug(c: &mut Canvas, r: &mut Rng, style: RugStyle) {
    let (cx, cy, hw, hh) = (0.5, 0.47, 0.29, 0.37);
    let seed = r.seed();
    let palettes: &[[u32; 5]] = match style {
        RugStyle::Lattice => &[
            [0xF0E8D6, 0x2E2420, 0x2E2420, 0x6B5A4A, 0xF0E8D6],
            [0xF2ECDD, 0x3A3A3A, 0x1F1F1F, 0x8A7A66, 0xF2ECDD],
        ],
        RugStyle::Azilal => &[
            [0xF3EDE0, 0xD94F6A, 0xF2A03D, 0x3A6EA5, 0x2E2420],
            [0xF5EFE3, 0x8C4FB5, 0xE86A3A, 0x3FA37A, 0x2E2420],
        ],
        RugStyle::Rag => &[
            [0xE0456B, 0xF2B33D, 0x3FA3C4, 0x7A4FB5, 0xF2EDE4],
            [0xE86A3A, 0x2E8A7A, 0xF2D04D, 0xC23B5A, 0x2A2A5A],
        ],
        RugStyle::Bands => &[
            [0xA8231E, 0x1E1A1A, 0xF0E6D2, 0xE8A13A, 0x2E4A7A],
            [0x8A2A3A, 0xF0E6D2, 0x2A2020, 0xC9782A, 0x3A6B4A],
        ],
        RugStyle::Medallion => &[
            [0xB3261E, 0xE88A2A, 0x2A1E1A, 0xF0E2C8, 0x3A5A8A],
            [0x7A1E2A, 0xD9A03A, 0x1E2A3A, 0xF2E6CE, 0x2E6B5A],
        ],
    };
    let pal: Vec<Rgb> = r.pick(palettes).iter().map(|&v| hex(v)).collect();
    let wool = pal[0];
    // Shadow and fringes.
    c.draw(
        bb(cx + 0.015, cy + 0.02, hw + 0.05, hh + 0.06),
        0.02,
        |x, y| sd_box(x, y, cx + 0.015, cy + 0.02, hw, hh + 0.02, 0.01),
        |_, _| [0.2, 0.14, 0.1, 0.35],
    );
    let fringe = mix(hex(0xF2EADA), wool, 0.2);
    for end in [-1.0f32, 1.0] {
        let y_edge = cy + end * hh;
        c.fill(
            bb(cx, y_edge + end * 0.03, hw, 0.035),
            |x, y| {
                let strand = (fract((x - cx) * 90.0) - 0.5).abs() / 90.0 - 0.0035;
                let wave = 0.004 * ((x - cx) * 37.0).sin();
                strand.max((x - cx).abs() - hw + 0.01).max(if end > 0.0 {
                    y - y_edge - 0.045 - wave
                } else {
                    y_edge - 0.045 - y + wave
                })
            },
            |_, y| mul(fringe, 0.9 + 0.1 * ((y - y_edge) * end / 0.045)),
        );
    }
    c.fill(
        bb(cx, cy, hw + 0.01, hh + 0.01),
        |x, y| {
            let wobble = 0.004 * (y * 23.0).sin() + 0.003 * (x * 31.0).sin();
            sd_box(x, y, cx, cy, hw + wobble, hh, 0.004)
        },
        |x, y| {
            let (lx, ly) = (x - cx, y - cy);
            let pile = 0.9
                + 0.14 * noise(x * 260.0, y * 260.0, seed)
                + 0.06 * noise(x * 30.0, y * 30.0, seed + 1);
            let edge = (hw - lx.abs()).min(hh - ly.abs());
            let base = match style {
                RugStyle::Lattice => {
                    let wob = 0.25 * noise(x * 12.0, y * 12.0, seed + 2);
                    let s1 = lx / 0.1 + ly / 0.13 + wob;
                    let s2 = lx / 0.1 - ly / 0.13 + wob;
                    let d = (fract(s1) - 0.5).abs().min((fract(s2) - 0.5).abs());
                    let line = smoothstep(0.06, 0.035, (0.5 - d).abs().min(d));
                    let line = line.max(smoothstep(
                        0.06,
                        0.035,
                        (0.5 - (fract(s1) - 0.5).abs()).min(0.5 - (fract(s2) - 0.5).abs()),
                    ));
                    let dot = smoothstep(0.09, 0.06, len(fract(s1) - 0.5, fract(s2) - 0.5));
                    mix(wool, pal[1], line.max(dot) * 0.95)
                }
                RugStyle::Azilal => {
                    let s1 = lx / 0.09 + ly / 0.12;
                    let s2 = lx / 0.09 - ly / 0.12;
                    let (i, j) = (s1.floor() as i32, s2.floor() as i32);
                    let h = hash2(i, j, seed);
                    let inner = (fract(s1) - 0.5).abs().max((fract(s2) - 0.5).abs());
                    let outline = smoothstep(0.05, 0.02, (inner - 0.42).abs());
                    let fill = if h < 0.45 {
                        smoothstep(0.32, 0.28, inner)
                    } else {
                        0.0
                    };
                    let tone = pal[1 + (hash2(i, j, seed + 9) * 3.0) as usize % 3];
                    let base = mix(wool, tone, fill);
                    mix(base, pal[4], outline * 0.9)
                }
                RugStyle::Rag => {
                    let band =
                        ((ly + hh) / 0.035 + 0.8 * noise(x * 8.0, y * 8.0, seed)).floor() as i32;
                    let tone = pal[(hash2(band, 0, seed) * 5.0) as usize % 5];
                    let knot = noise(x * 180.0, y * 180.0, seed + band as u32);
                    mul(tone, 0.82 + 0.3 * knot)
                }
                RugStyle::Bands => {
                    let b = ((ly + hh) / 0.05).floor() as i32;
                    let tone = pal[b.rem_euclid(5) as usize];
                    let v = fract((ly + hh) / 0.05);
                    let dia = (fract(lx / 0.05) - 0.5).abs() * 2.0 + (v - 0.5).abs() * 2.0;
                    if b.rem_euclid(3) == 1 && dia < 0.7 {
                        pal[(b + 2).rem_euclid(5) as usize]
                    } else {
                        tone
                    }
                }
                RugStyle::Medallion => {
                    let dd = lx.abs() / 0.18 + (fract(ly / 0.26 + 0.5) - 0.5).abs() * 2.0;
                    let ring = (dd * 5.0).floor() as i32;
                    let inside = dd < 1.0;
                    if inside {
                        pal[[3, 2, 1, 4, 2][ring.clamp(0, 4) as usize]]
                    } else {
                        let small = (fract(lx / 0.06) - 0.5).abs() + (fract(ly / 0.06) - 0.5).abs();
                        if small < 0.12 { pal[1] } else { wool }
                    }
                }
            };
            let border = if style == RugStyle::Lattice || style == RugStyle::Rag {
                base
            } else if edge < 0.018 {
                pal[2]
            } else if edge < 0.042 {
                let tri = (fract((lx + ly) / 0.03) - 0.5).abs() * 2.0;
                if (edge - 0.018) / 0.024 < tri {
                    pal[3]
                } else {
                    pal[1]
                }
            } else if edge < 0.048 {
                pal[2]
            } else {
                base
            };
            let fold = 1.0 - 0.06 * smoothstep(0.0, 0.01, -(ly - hh * 0.55).abs() + 0.01);
            mul(border, pile * fold)
        },
    );
}

pub(super) fn blankets(c: &mut Canvas, r: &mut Rng, sequins: bool) {
    let seed = r.seed();
    let stack = [(0.5, 0.74, 0.33), (0.49, 0.6, 0.31), (0.51, 0.46, 0.3)];
    let palettes = [
        [0xF2EBDD, 0xB3261E, 0x2A2A2A],
        [0xE8D9BE, 0x2E4A7A, 0xC9782A],
        [0xF4EFE5, 0x5E7A3A, 0xD94F6A],
        [0x7A1E2A, 0xE8C54A, 0xF2EBDD],
        [0x2E4A5A, 0xE0B27A, 0xF2EBDD],
    ];
    c.shadow(0.52, 0.81, 0.34, 0.03, 0.4);
    for (cx, cy, hw) in stack {
        let pal: Vec<Rgb> = r.pick(&palettes).iter().map(|&v| hex(v)).collect();
        let hh = 0.066;
        let stripe_w = r.range(0.012, 0.025);
        c.fill(
            bb(cx, cy, hw + 0.01, hh + 0.01),
            |x, y| sd_box(x, y, cx, cy, hw, hh, 0.035),
            |x, y| {
                let (lx, ly) = (x - cx, y - cy);
                let k = (lx / stripe_w).floor() as i32;
                let tone = match k.rem_euclid(7) {
                    0 => pal[1],
                    3 => pal[2],
                    _ => pal[0],
                };
                let weave = 0.93 + 0.1 * noise(x * 300.0, y * 120.0, seed);
                let bulge = ball(tone, lx / (hw * 3.0), ly / hh * 0.85, 0.05);
                let mut out = mul(bulge, weave);
                if sequins {
                    let (s, _) = speck(x, y, 60.0, 0.2, seed);
                    out = mix(out, [0.95, 0.95, 0.98], s);
                }
                out
            },
        );
    }
}

pub(super) fn cushion(c: &mut Canvas, r: &mut Rng) {
    let (cx, cy, hw, hh) = (0.5, 0.52, 0.28, 0.25);
    let cloth = hex(r.pick(&[0xF2ECDF, 0x1E3A5F, 0x7A1E2A, 0x2F5B3A, 0xE9DCC4]));
    let threads: Vec<Rgb> = [
        r.pick(&[0xB3261E, 0x1F4E79, 0xE8A13A, 0x2F6B3A]),
        r.pick(&[0x2A2A2A, 0xD94F6A, 0xE8C54A, 0x6A2446]),
    ]
    .iter()
    .map(|&v| hex(v))
    .collect();
    let seed = r.seed();
    c.shadow(cx + 0.02, cy + hh + 0.01, hw * 1.05, 0.04, 0.4);
    let pillow = move |x: f32, y: f32| {
        let (lx, ly) = ((x - cx) / hw, (y - cy) / hh);
        let pinch = 0.03 * (1.0 - lx * lx) * (ly.abs() - 0.0).min(1.0);
        let pinch_x = 0.03 * (1.0 - ly * ly);
        sd_box(
            x,
            y,
            cx,
            cy,
            hw - pinch * 0.0 - pinch_x * lx.abs().powi(8),
            hh - pinch * ly.abs().powi(8),
            0.07,
        )
    };
    c.fill(bb(cx, cy, hw + 0.02, hh + 0.02), pillow, |x, y| {
        let (lx, ly) = ((x - cx) / hw, (y - cy) / hh);
        let n = 0.95 + 0.08 * noise(x * 400.0, y * 400.0, seed);
        mul(ball(cloth, lx * 0.6, ly * 0.6, 0.05), n)
    });
    // Embroidered eight-pointed star and border.
    let star = move |x: f32, y: f32, s: f32| {
        let a = sd_box(x, y, cx, cy, s, s, 0.004);
        let (u, v) = local(x, y, cx, cy, std::f32::consts::FRAC_PI_4);
        a.min(sd_box(u, v, 0.0, 0.0, s, s, 0.004))
    };
    let stitch = move |x: f32, y: f32| 0.9 + 0.15 * (((x + y) * 900.0).sin() * 0.5 + 0.5);
    c.fill(
        bb(cx, cy, 0.16, 0.16),
        |x, y| star(x, y, 0.1).abs() - 0.007,
        |x, y| mul(threads[0], stitch(x, y)),
    );
    c.fill(
        bb(cx, cy, 0.1, 0.1),
        |x, y| star(x, y, 0.055),
        |x, y| mul(threads[1], stitch(x, y)),
    );
    c.fill(
        bb(cx, cy, 0.05, 0.05),
        |x, y| star(x, y, 0.022),
        |x, y| mul(threads[0], stitch(x, y)),
    );
    for k in 0..8 {
        let a = k as f32 * std::f32::consts::FRAC_PI_4;
        let (px, py) = (cx + 0.16 * a.cos(), cy + 0.16 * a.sin());
        c.fill(
            bb(px, py, 0.02, 0.02),
            |x, y| {
                let (u, v) = local(x, y, px, py, std::f32::consts::FRAC_PI_4);
                sd_box(u, v, 0.0, 0.0, 0.012, 0.012, 0.002)
            },
            |x, y| mul(threads[1], stitch(x, y)),
        );
    }
    c.fill(
        bb(cx, cy, hw, hh),
        |x, y| {
            let inset = sd_box(x, y, cx, cy, hw - 0.035, hh - 0.035, 0.04).abs() - 0.005;
            let (lx, ly) = (x - cx, y - cy);
            let along = if (hw - 0.035 - lx.abs()).abs() < 0.01 {
                ly
            } else {
                lx
            };
            inset.max((fract(along / 0.03) - 0.5).abs() * 0.03 - 0.009)
        },
        |x, y| mul(threads[0], stitch(x, y)),
    );
}

//! Saffron threads in a glass box.

use super::canvas::*;

pub(super) fn thread(
    c: &mut Canvas,
    px: f32,
    py: f32,
    ang: f32,
    length: f32,
    tone: Rgb,
    clip: &impl Fn(f32, f32) -> f32,
) {
    let (dx, dy) = (ang.cos() * length / 2.0, ang.sin() * length / 2.0);
    let (a, b) = ((px - dx, py - dy), (px + dx, py + dy));
    c.fill(
        bb(px, py, length / 2.0 + 0.01, length / 2.0 + 0.01),
        |x, y| {
            let (u, _) = local(x, y, px, py, ang);
            let t = (u / length + 0.5).clamp(0.0, 1.0);
            (sd_segment(x, y, a, b) - 0.0025 - 0.004 * t).max(clip(x, y))
        },
        |x, y| {
            let (u, _) = local(x, y, px, py, ang);
            let t = (u / length + 0.5).clamp(0.0, 1.0);
            mix(tone, hex(0xE8A13A), smoothstep(0.1, 0.0, t) * 0.8)
        },
    );
}

pub(super) fn saffron(c: &mut Canvas, r: &mut Rng) {
    let reds = [hex(0xA3121B), hex(0xC21E1E), hex(0x8C0F16), hex(0xB8281A)];
    let cx = r.range(0.4, 0.45);
    let (y0, y1, hw) = (0.48, 0.78, 0.12);
    let w = move |y: f32| {
        let t = ((y - y0) / 0.04).clamp(0.0, 1.0);
        hw - 0.015 + 0.015 * (1.0 - (1.0 - t) * (1.0 - t)).sqrt()
    };
    let k = 0.22;
    c.shadow(cx + 0.03, y1 + 0.01, hw * 1.3, 0.035, 0.35);
    let area = bb(cx, (y0 + y1) / 2.0, hw + 0.02, 0.2);
    c.draw(
        area,
        0.0,
        |x, y| sd_lathe(x, y, cx, y0, y1, k, &w),
        |x, y| with(lit([0.93, 0.95, 0.95], (x - cx) / w(y), 0.6), 0.35),
    );
    let inner = move |y: f32| w(y) - 0.008;
    let level = y0 + 0.07;
    let clip = move |x: f32, y: f32| sd_lathe(x, y, cx, level, y1 - 0.006, k, &inner);
    c.fill(area, clip, |x, y| {
        lit(mul(reds[2], 0.6), (x - cx) / hw, 0.1)
            .map(|v| v * (0.8 + 0.2 * noise(x * 200.0, y * 200.0, 3)))
    });
    for _ in 0..90 {
        let (px, py) = (cx + r.range(-hw, hw), r.range(level, y1 + 0.02));
        thread(
            c,
            px,
            py,
            r.range(0.0, 6.3),
            r.range(0.035, 0.06),
            r.pick(&reds),
            &clip,
        );
    }
    c.draw(
        area,
        0.0,
        |x, y| sd_lathe(x, y, cx, y0, y1, k, &w),
        |x, y| {
            let t = (x - cx) / w(y);
            with([1.0, 1.0, 1.0], 0.05 + 0.35 * smoothstep(0.7, 1.0, t.abs()))
        },
    );
    let hx = cx - hw * 0.6;
    c.draw(
        bb(hx, 0.63, 0.02, 0.15),
        0.0,
        |x, y| sd_segment(x, y, (hx, y0 + 0.07), (hx, y1 - 0.05)) - 0.007,
        |_, _| [1.0, 1.0, 1.0, 0.45],
    );
    // Wooden lid.
    let wood = hex(r.pick(&[0x8A5A2B, 0x6B4423, 0xA8743F]));
    c.fill(
        bb(cx, y0 - 0.02, hw + 0.02, 0.05),
        |x, y| sd_box(x, y, cx, y0 - 0.01, hw - 0.005, 0.03, 0.012),
        |x, y| {
            mul(
                lit(wood, (x - cx) / hw, 0.3),
                0.92 + 0.12 * (noise(x * 20.0, y * 300.0, 5)),
            )
        },
    );
    // Threads on the table and a crocus.
    let free = |_: f32, _: f32| -1.0;
    for _ in 0..14 {
        let (px, py) = (r.range(0.55, 0.85), r.range(0.8, 0.9));
        thread(
            c,
            px,
            py,
            r.range(0.0, 6.3),
            r.range(0.04, 0.06),
            r.pick(&reds),
            &free,
        );
    }
    let (fx, fy) = (0.74, r.range(0.52, 0.6));
    let stalk = hex(0x5F8A3A);
    c.solid(
        [fx - 0.02, fy, fx + 0.02, 0.86],
        |x, y| sd_segment(x, y, (fx, fy + 0.05), (fx - 0.01, 0.85)) - 0.006,
        stalk,
    );
    for (lx, a) in [(-0.03, -0.35), (0.025, 0.3)] {
        c.solid(
            [fx - 0.08, fy, fx + 0.08, 0.87],
            |x, y| {
                let (u, v) = local(x, y, fx + lx, 0.76, a + 1.57);
                sd_ellipse(u, v, 0.0, 0.0, 0.1, 0.006)
            },
            mul(stalk, 0.9),
        );
    }
    let lilac = hex(r.pick(&[0x8E6BB8, 0x9A78C4, 0x7D5AA8]));
    for (k, back) in [
        (0, true),
        (1, true),
        (2, true),
        (3, false),
        (4, false),
        (5, false),
    ] {
        let a = -1.57 + (k as f32 - 2.5) * 0.32;
        let (px, py) = (fx + a.cos() * 0.035, fy + 0.0 + a.sin() * 0.035 + 0.03);
        let tone = if back { mul(lilac, 0.8) } else { lilac };
        c.fill(
            bb(px, py, 0.05, 0.06),
            |x, y| {
                let (u, v) = local(x, y, px, py, a);
                sd_ellipse(u, v, 0.0, 0.0, 0.048, 0.022)
            },
            |x, y| {
                let (u, v) = local(x, y, px, py, a);
                let vein = smoothstep(0.004, 0.0, v.abs()) * 0.25;
                mix(
                    mul(tone, 0.85 + 0.3 * (1.0 - u.abs() / 0.048)),
                    hex(0x5A3A7A),
                    vein,
                )
            },
        );
    }
    let stigma = reds[1];
    for dx in [-0.012, 0.0, 0.012] {
        c.solid(
            bb(fx, fy, 0.04, 0.06),
            |x, y| sd_segment(x, y, (fx, fy + 0.04), (fx + dx * 2.2, fy - 0.035)) - 0.0035,
            stigma,
        );
    }
}

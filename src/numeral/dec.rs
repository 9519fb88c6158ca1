//! Exact decimals: a `u128` mantissa and a decimal scale.

/// An exact non-negative decimal `m / 10^s`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Dec {
    pub(super) m: u128,
    pub(super) s: u32,
}

/// Largest decimal scale kept (10^30 fits in u128 with room).
pub(super) const MAX_SCALE: u32 = 30;

pub(super) const POW10_F64: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

pub(super) fn pow10(k: u32) -> Option<u128> {
    POW10_U128.get(k as usize).copied()
}

/// The powers of ten that a `u128` holds (10^0 to 10^38): [`pow10`] by
/// one look-up, where `checked_pow` multiplied in 128 bits.
const POW10_U128: [u128; 39] = {
    let mut t = [1u128; 39];
    let mut i = 1;
    while i < t.len() {
        t[i] = t[i - 1] * 10;
        i += 1;
    }
    t
};

/// `m` as the nearest `f64`: through `u64` when it fits (the same
/// correctly rounded value, without the 128-bit conversion routine).
#[inline]
fn u128_to_f64(m: u128) -> f64 {
    match u64::try_from(m) {
        Ok(small) => small as f64,
        Err(_) => m as f64,
    }
}

impl Dec {
    pub(super) const ZERO: Dec = Dec { m: 0, s: 0 };

    pub(super) fn int(n: u128) -> Dec {
        Dec { m: n, s: 0 }
    }

    pub(super) fn is_zero(self) -> bool {
        self.m == 0
    }

    pub(super) fn mul_pow10(self, k: u32) -> Option<Dec> {
        if k <= self.s {
            // divide the scale instead of multiplying the mantissa
            return Some(
                Dec {
                    m: self.m,
                    s: self.s - k,
                }
                .norm(),
            );
        }
        let m = self.m.checked_mul(pow10(k - self.s)?)?;
        Some(Dec { m, s: 0 })
    }

    pub(super) fn mul_int(self, n: u128) -> Option<Dec> {
        Some(Dec {
            m: self.m.checked_mul(n)?,
            s: self.s,
        })
    }

    #[inline]
    pub(super) fn add(self, o: Dec) -> Option<Dec> {
        let s = self.s.max(o.s);
        let a = self.m.checked_mul(pow10(s - self.s)?)?;
        let b = o.m.checked_mul(pow10(s - o.s)?)?;
        Some(
            Dec {
                m: a.checked_add(b)?,
                s,
            }
            .norm(),
        )
    }

    pub(super) fn norm(self) -> Dec {
        let mut d = self;
        if d.s == 0 {
            return d;
        }
        // (in 64 bits where the mantissa fits: no 128-bit division)
        if let Ok(mut m) = u64::try_from(d.m) {
            while d.s > 0 && m % 10 == 0 && m != 0 {
                m /= 10;
                d.s -= 1;
            }
            if m == 0 {
                // (zero: every scale is stripped, as below)
                d.s = 0;
            }
            d.m = u128::from(m);
            return d;
        }
        while d.s > 0 && d.m % 10 == 0 {
            d.m /= 10;
            d.s -= 1;
        }
        d
    }

    /// Integer part (truncated).
    pub(super) fn int_part(self) -> u128 {
        match pow10(self.s) {
            Some(p) => match (u64::try_from(self.m), u64::try_from(p)) {
                (Ok(m), Ok(p)) => u128::from(m / p),
                _ => self.m / p,
            },
            None => 0,
        }
    }

    pub(super) fn is_integer(self) -> bool {
        self.norm().s == 0
    }

    /// The correctly rounded `f64` of the exact decimal.
    pub(super) fn to_f64(self) -> f64 {
        let d = self.norm();
        if d.s == 0 {
            return u128_to_f64(d.m);
        }
        if d.m < (1u128 << 53) && (d.s as usize) < POW10_F64.len() {
            // both operands exact: one IEEE division rounds correctly
            return u128_to_f64(d.m) / POW10_F64[d.s as usize];
        }
        // general case: let the correctly rounding float parser do it,
        // from a stack buffer (no allocation)
        let mut buf = [0u8; 64];
        let mut digits = [0u8; 40];
        let mut n = 0;
        let mut m = d.m;
        loop {
            digits[n] = b'0' + (m % 10) as u8;
            n += 1;
            m /= 10;
            if m == 0 || n == digits.len() {
                break;
            }
        }
        let mut k = 0;
        for i in (0..n).rev() {
            buf[k] = digits[i];
            k += 1;
        }
        buf[k] = b'e';
        buf[k + 1] = b'-';
        k += 2;
        let s = d.s;
        if s >= 10 {
            buf[k] = b'0' + (s / 10 % 10) as u8;
            k += 1;
        }
        buf[k] = b'0' + (s % 10) as u8;
        k += 1;
        std::str::from_utf8(&buf[..k])
            .ok()
            .and_then(|t| t.parse::<f64>().ok())
            .unwrap_or(f64::NAN)
    }
}

/// `num / den * 100` as an exact decimal when it terminates within
/// [`MAX_SCALE`] digits, else as a correctly rounded-ish f64 (both operands
/// exact when below 2^53).
pub(super) fn ratio(num: Dec, den: Dec, times: u128) -> Option<(Option<Dec>, f64)> {
    if den.is_zero() {
        return None;
    }
    // num.m/10^num.s / (den.m/10^den.s) * times
    //   = num.m * 10^den.s * times / (den.m * 10^num.s)
    let a = num.m.checked_mul(pow10(den.s)?)?.checked_mul(times)?;
    let b = den.m.checked_mul(pow10(num.s)?)?;
    let mut k = 0;
    while k <= 20 {
        if let Some(ak) = pow10(k).and_then(|p| a.checked_mul(p)) {
            if ak % b == 0 {
                let d = Dec { m: ak / b, s: k }.norm();
                return Some((Some(d), d.to_f64()));
            }
        } else {
            break;
        }
        k += 1;
    }
    let v = if a < (1u128 << 53) && b < (1u128 << 53) {
        a as f64 / b as f64
    } else {
        Dec::int(a).to_f64() / Dec::int(b).to_f64()
    };
    Some((None, v))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The 64-bit shortcuts of `pow10`, `norm`, `int_part` and `to_f64`
    /// against the 128-bit arithmetic they stand for.
    #[test]
    fn shortcuts_agree_with_128_bit_arithmetic() {
        for k in 0..45 {
            assert_eq!(pow10(k), 10u128.checked_pow(k), "{k}");
        }
        let mantissas = [
            0u128,
            1,
            10,
            120,
            123_000,
            (1 << 53) + 10,
            u128::from(u64::MAX),
            u128::from(u64::MAX) + 1,
            10u128.pow(20),
            10u128.pow(25) + 10,
        ];
        for m in mantissas {
            for s in 0..25 {
                let d = Dec { m, s };
                let mut n = d;
                while n.s > 0 && n.m % 10 == 0 {
                    n.m /= 10;
                    n.s -= 1;
                }
                assert_eq!(d.norm(), n, "{m} {s}");
                let int = pow10(s).map_or(0, |p| m / p);
                assert_eq!(d.int_part(), int, "{m} {s}");
                if s == 0 {
                    assert_eq!(d.to_f64(), m as f64, "{m}");
                }
            }
        }
    }
}

package io.breakerboard.testsupport;

import java.util.List;

/**
 * One sample of each kind of secret and personal data the redactor must mask, as it appears in a log, with the
 * part of it that must never be stored or written out. The values are made up in the shape of real ones.
 */
public final class PlantedSecrets {

    /** A secret in context: {@code text} is what a log holds, {@code secret} the part that must vanish. */
    public record Planted(String kind, String text, String secret) {
    }

    public static final List<Planted> ALL = List.of(
            new Planted("GitHub classic token", "token ghp_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8 used",
                    "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8"),
            new Planted("GitHub OAuth token", "gho_Z9y8X7w6V5u4T3s2R1q0P9o8N7m6L5k4J3i2", "Z9y8X7w6V5u4T3s2R1q0P9o8N7m6L5k4J3i2"),
            new Planted("GitHub user-to-server token", "(ghu_Qw3rTy7UiOp1AsDfGhJkL2zXcVbNm4QwErTy)",
                    "Qw3rTy7UiOp1AsDfGhJkL2zXcVbNm4QwErTy"),
            new Planted("GitHub server-to-server token", "ghs_Mn0pQr5StUv6WxYz7AbCd8EfGh9IjKl0MnOp",
                    "Mn0pQr5StUv6WxYz7AbCd8EfGh9IjKl0MnOp"),
            new Planted("GitHub refresh token", "ghr_Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0Uv1Wx2Yz",
                    "Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0Uv1Wx2Yz"),
            new Planted("GitHub fine-grained token",
                    "github_pat_11ABCDEFG0abcdefghijkl_mnopqrstuvwxyzABCDEFGHIJ0123456789abcdefghijklmnopqr",
                    "11ABCDEFG0abcdefghijkl_mnopqrstuvwxyzABCDEFGHIJ0123456789abcdefghijklmnopqr"),
            new Planted("JWT", "session eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0MjQyIiwibmFtZSI6IkphbmUifQ."
                    + "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c here", "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"),
            new Planted("AWS secret access key", "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY",
                    "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY"),
            new Planted("AWS secret access key variable", "export AWS_SECRET_ACCESS_KEY=h7Tq/2LmVw9XcRb+4NpKs8YdZe1GfJa3UoIiEyWx",
                    "h7Tq/2LmVw9XcRb+4NpKs8YdZe1GfJa3UoIiEyWx"),
            new Planted("AWS access key id", "key id AKIAIOSFODNN7EXAMPL2 in use", "IOSFODNN7EXAMPL2"),
            new Planted("Stripe live key", "stripe sk_live_4eC39HqLyjWDarjtT1zdp7dc", "4eC39HqLyjWDarjtT1zdp7dc"),
            new Planted("Stripe restricted key", "rk_live_51HaBcDeFgHiJkLmNoPqRsTu", "51HaBcDeFgHiJkLmNoPqRsTu"),
            new Planted("Stripe test key", "sk_test_26PHem9AhJZvU623DfE1x4sd", "26PHem9AhJZvU623DfE1x4sd"),
            new Planted("Slack bot token", "slack xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx",
                    "1234567890123-AbCdEfGhIjKlMnOpQrStUvWx"),
            new Planted("Slack webhook", "POST https://hooks.slack.com/services/T0ABCDEFG/B0HIJKLMN/q8Rw2Xz5Lp0Vb7Nk3Jm9Gh4T",
                    "T0ABCDEFG/B0HIJKLMN/q8Rw2Xz5Lp0Vb7Nk3Jm9Gh4T"),
            new Planted("Google API key", "maps AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUv", "SyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUv"),
            new Planted("Basic credentials", "Authorization: Basic YWRtaW46aHVudGVyMjJzZWNyZXQ=", "YWRtaW46aHVudGVyMjJzZWNyZXQ="),
            new Planted("Bearer token", "Authorization: Bearer opaqueTok3nValue9988xyz", "opaqueTok3nValue9988xyz"),
            new Planted("password in a URL", "connect postgres://app:Sup3rS3cretPw@db.internal:5432/main", "Sup3rS3cretPw"),
            new Planted("password in a URL without a user", "redis://:r3disPassw0rdX@cache:6379/0", "r3disPassw0rdX"),
            new Planted("PEM private key", "key -----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRge"
                    + "\n-----END RSA PRIVATE KEY----- end", "MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRge"),
            new Planted("GitLab token", "glpat-Xy9Zw8Vu7Ts6Rq5Po4Nm", "Xy9Zw8Vu7Ts6Rq5Po4Nm"),
            new Planted("npm token", "//registry/:_authToken npm_Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0Uv1Wx2Y",
                    "Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0Uv1Wx2Y"),
            new Planted("Anthropic key", "sk-ant-api03-Zx8Cv7Bn6Mm5Ll4Kk3Jj2Hh1Gg0Ff9Dd8Ss7Aa6", "api03-Zx8Cv7Bn6Mm5Ll4Kk3Jj2Hh1Gg0Ff9Dd8Ss7Aa6"),
            new Planted("OpenAI project key", "OPENAI sk-proj-Qq1Ww2Ee3Rr4Tt5Yy6Uu7Ii8Oo9Pp0", "Qq1Ww2Ee3Rr4Tt5Yy6Uu7Ii8Oo9Pp0"),
            new Planted("Hugging Face token", "hf_AbCdEfGhIjKlMnOpQrStUvWxYzAbCdEfGh", "AbCdEfGhIjKlMnOpQrStUvWxYzAbCdEfGh"),
            new Planted("Twilio API key", "twilio SK0123456789abcdef0123456789abcdef", "0123456789abcdef0123456789abcdef"),
            new Planted("SendGrid key", "SG.AbCdEfGhIjKlMnOpQrStUv.AbCdEfGhIjKlMnOpQrStUvWxYz0123456789AbCdEfG",
                    "AbCdEfGhIjKlMnOpQrStUv.AbCdEfGhIjKlMnOpQrStUvWxYz0123456789AbCdEfG"),
            new Planted("password assignment", "login with password=CorrectHorse42", "CorrectHorse42"),
            new Planted("quoted password with spaces", "{\"db_password\": \"my horse staple\"}", "my horse staple"),
            new Planted("secret assignment", "WEBHOOK_SECRET: Shh-Do-Not-Tell-77", "Shh-Do-Not-Tell-77"),
            new Planted("api key assignment", "api_key='k3y-9f8e7d6c5b4a'", "k3y-9f8e7d6c5b4a"),
            new Planted("e-mail address", "mail jane.doe+ops@example.org now", "jane.doe+ops@example.org"),
            new Planted("card number with spaces", "paid with 4111 1111 1111 1111 ok", "4111 1111 1111 1111"),
            new Planted("card number with dashes", "card 5555-5555-5555-4444.", "5555-5555-5555-4444"),
            new Planted("card number in one run", "amex 378282246310005", "378282246310005"));

    private PlantedSecrets() {
    }

    /** Every sample in one text, one a line. */
    public static String allInOne() {
        StringBuilder sb = new StringBuilder();
        for (Planted p : ALL) {
            sb.append(p.text()).append('\n');
        }
        return sb.toString();
    }
}

# Taawon — English. Every key here must exist in ar/ and fr/ too (a test checks).

brand-name = Taawon
nav-skip-to-content = Skip to content
nav-label = Account and cart
nav-cart = Cart
nav-sign-in = Sign in
nav-sign-up = Create an account
nav-sign-out = Sign out
language-label = Language

search-label = Search products and cooperatives
search-placeholder = Argan oil, honey, rugs…
search-submit = Search
search-title = Search
search-you-searched = You searched for:
search-empty-catalog = No products are listed yet. Cooperatives are joining; their products will appear here.

cart-title = Your cart
cart-empty = Your cart is empty.

footer-mission = Buy directly from Moroccan cooperatives. Volunteer experts help them build brands that sell.
footer-copyright = © Taawon — fair trade, no middlemen.

home-title = Products of Moroccan cooperatives, direct from the producers
home-description = Buy argan oil, honey, saffron, rugs and pottery directly from verified Moroccan cooperatives. Pay cash on delivery.
home-heading = From the cooperative to your door
home-lead = Buy directly from verified Moroccan cooperatives: no middlemen, fair prices, cash on delivery.
home-cta-browse = Browse products
home-cta-join = Join Taawon
home-who-heading = Who Taawon is for
home-who-consumers = Shoppers
home-who-consumers-text = Find authentic local products in Arabic, French or English, and pay when they arrive.
home-who-cooperatives = Cooperatives
home-who-cooperatives-text = Sell online without intermediaries, with a storefront in your own colours.
home-who-experts = Volunteer experts
home-who-experts-text = Give your skills in branding, photography and packaging to cooperatives that need them.

not-found-title = Page not found
not-found-heading = We could not find this page
not-found-text = The link may be broken, or the page may have moved.
not-found-home = Back to the home page

server-error-title = Something went wrong
server-error-heading = Something went wrong on our side
server-error-text = Nothing was changed. Please try again in a moment.

sign-in-title = Sign in
sign-in-submit = Sign in
sign-in-no-account = New to Taawon?
sign-up-title = Create your account
sign-up-lead = One account to shop, run your cooperative's storefront, or volunteer as an expert.
sign-up-submit = Create my account
sign-up-have-account = Already have an account?

field-label-email = E-mail address
field-label-password = Password
field-label-display-name = Your name
field-label-current-password = Current password
field-label-new-password = New password
field-label-confirm-password = Repeat the new password
password-show = Show
password-hide = Hide
password-rules = 8 to 128 characters. A phrase of several words is easy to remember and hard to guess.
form-has-errors = Please correct the fields marked below. Nothing was saved.

field-required = This field is required.
field-email-invalid = Enter an e-mail address like name@example.ma.
field-password-too-short = The password must have at least 8 characters.
field-password-too-long = The password must have at most 128 characters.
field-password-too-common = This password is among the most common ones and easy to guess. Choose another.
field-too-long = This is too long.
field-ice-invalid = The ICE has exactly 15 digits.
field-register-number-invalid = Enter the register number as it appears on your certificate (letters, digits, / - .).
field-email-taken = An account already uses this e-mail address. Sign in instead?
field-passwords-differ = The two new passwords are not the same.
field-current-password-wrong = The current password is not correct.

account-title = Your account
account-greeting = Welcome, { $name }
account-roles = Your roles
account-change-password = Change your password
account-change-password-submit = Change password
account-password-changed = Your password was changed.

role-consumer = Shopper
role-cooperative-member = Cooperative member
role-expert = Volunteer expert
role-admin = Administrator

error-not-found = We could not find what you asked for.
error-unauthorized = Please sign in to continue.
error-forbidden = You are not allowed to do this.
error-invalid-input = Some fields need correcting. Nothing was saved.
error-invalid-credentials = The e-mail address or password is not correct.
error-rate-limited = { $minutes ->
    [one] Too many attempts. Please wait a minute and try again.
   *[other] Too many attempts. Please wait { $minutes } minutes and try again.
}
error-conflict = This was changed or submitted already. Please reload the page.
error-cross-site = This request came from another website and was refused. Nothing was changed.
error-payload-too-large = What you sent is too large.
error-bad-request = The form was incomplete or damaged. Please try again.
error-internal = Something went wrong on our side. Nothing was changed; please try again.

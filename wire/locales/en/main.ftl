# Taawon — English. Every key here must exist in ar/ and fr/ too (a test checks).

brand-name = Taawon
nav-skip-to-content = Skip to content
nav-label = Account and cart
nav-cart = Cart
nav-menu = Menu
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
sign-in-forgot = Forgot your password?
sign-in-reset-done = Your password was changed and every session of your account was signed out. Sign in with the new password.
forgot-title = Forgotten password
forgot-lead = Enter your account's e-mail address: we will send you a link to choose a new password. The link works for one hour, once.
forgot-submit = Send me a link
forgot-sent = If an account uses this address, a link to choose a new password is on its way. It works for one hour, once. Check your inbox (and your spam folder).
reset-title = Choose a new password
reset-submit = Save the new password
reset-ask-again = Ask for a new link
sessions-title = Where you are signed in
sessions-lead = Every browser and phone signed in to your account. If you do not recognise one, sign it out and change your password.
sessions-device = Device
sessions-place = Network
sessions-last-seen = Last used (UTC)
sessions-this-one = This browser
sessions-unknown-device = Unknown device
sessions-end = Sign this one out
sessions-end-others = Sign out everywhere else
sessions-ended = Signed out. That browser must sign in again to use your account.
mail-reset-subject = Choose a new Taawon password
mail-reset-body = Hello { $name },

    Someone (we hope you) asked to choose a new password for your Taawon account.
    To do so, open this link within { $minutes } minutes; it works once:
    { $link }

    If you did not ask for it, ignore this message: your password stays as it is.
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
account-password-changed = Your password was changed. Every other session of your account was signed out.

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
error-payload-too-large = What you sent is too large: a file may be 10 MB at most.
error-bad-request = The form was incomplete or damaged. Please try again.
error-internal = Something went wrong on our side. Nothing was changed; please try again.

# Cooperatives
field-phone-invalid = Enter a Moroccan phone number, e.g. 0612345678 or +212 612 345 678.
field-number-invalid = Enter a whole number (at least 1 for members).
field-choice-invalid = Choose one of the options offered.
field-date-invalid = Enter a real date, not in the future (YYYY-MM-DD or DD/MM/YYYY).
field-women-exceed-members = Women members cannot outnumber all members.
field-register-number-unknown = This number is not in the national register of cooperatives. Check it against your certificate.
field-register-number-taken = A cooperative with this register number is already on Taawon.
nav-my-cooperatives = My cooperatives
nav-admin = Administration
coop-new-title = Register your cooperative
coop-new-lead = We check your details against the national register of cooperatives. Once verified, your cooperative can sell on Taawon.
coop-new-submit = Send for verification
coop-field-register-number = Register number
coop-field-ice = ICE (15 digits)
coop-field-name-ar = Legal name in Arabic
coop-field-name-fr = Legal name in French
coop-field-region = Region
coop-field-province = Province or prefecture
coop-field-sector = Sector
coop-field-founded-on = Founding date
coop-field-member-count = Number of members
coop-field-women-count = Of whom women
coop-field-phone = Phone
coop-choose = Choose…
coop-mine-title = My cooperatives
coop-mine-empty = You do not run a cooperative on Taawon yet.
coop-mine-submitted = Thank you. Your cooperative was sent for verification; we will e-mail you the decision.
coop-mine-register = Register a cooperative
coop-view-storefront = See the storefront
coop-state-draft = Draft
coop-state-submitted = Waiting for verification
coop-state-verified = Verified
coop-state-rejected = Rejected
coop-state-suspended = Suspended
coop-reason = Reason
admin-queue-title = Cooperatives to verify
admin-queue-empty = Nothing to show here.
admin-queue-declared = Declared
admin-queue-register = National register
admin-queue-not-in-register = Not in the register
admin-match-exact = Exact match with the register
admin-match-partial = Partial match: check the fields marked
admin-match-none = No entry with this number in the register
admin-match-differs = differs
admin-verify = Verify
admin-reject = Reject
admin-suspend = Suspend
admin-reinstate = Reinstate
admin-reason-label = Reason (sent to the cooperative)
admin-decision-recorded = Decision recorded; the cooperative was notified by e-mail.
admin-tab-submitted = To verify
admin-tab-verified = Verified
admin-tab-rejected = Rejected
admin-tab-suspended = Suspended
admin-submitted-on = Submitted on
storefront-verified-badge = Verified cooperative · register no. { $number }
storefront-women-led = Women-led
storefront-founded = Founded in { $year }
storefront-members = { $count ->
    [one] 1 member
   *[other] { $count } members
}
mail-cooperative-verify-subject = Your cooperative { $name } is verified
mail-cooperative-verify-body = Good news: { $name } is now verified on Taawon. You can set up your visual identity and list your products.
mail-cooperative-reject-subject = Your cooperative { $name } could not be verified
mail-cooperative-reject-body = We could not verify { $name }. Reason: { $reason }. You can correct your details and send them again.
mail-cooperative-suspend-subject = Your cooperative { $name } is suspended
mail-cooperative-suspend-body = { $name } is suspended on Taawon and cannot sell for now. Reason: { $reason }.
mail-cooperative-reinstate-subject = Your cooperative { $name } is active again
mail-cooperative-reinstate-body = The suspension of { $name } was lifted: it can sell on Taawon again.
mail-cooperative-submit-subject = We received { $name }
mail-cooperative-submit-body = { $name } was sent for verification.

# Visual identity
field-colour-invalid = Choose a colour (#rrggbb).
identity-title = Visual identity
identity-edit = Edit the visual identity
identity-not-verified = Your cooperative must be verified before you can set its visual identity.
identity-saved = Your visual identity was saved. The storefront shows it now.
identity-preview = Preview
identity-preview-accent = Your colours, with text kept legible
identity-primary-colour = Main colour
identity-secondary-colour = Second colour
identity-tagline-ar = Tagline in Arabic
identity-tagline-fr = Tagline in French
identity-tagline-en = Tagline in English
identity-story-ar = Your story in Arabic
identity-story-fr = Your story in French
identity-story-en = Your story in English
identity-save = Save and publish
identity-versions = Earlier versions
identity-version = Version { $version } · { $date }
identity-current = current
identity-restore = Restore

## Uploads and the media pipeline
field-file-empty = Choose a file: this one is empty or missing.
field-file-too-large = This file is over 10 MB. Send a lighter image.
field-file-type = This file is not accepted. Send a JPEG, PNG or WebP image (or a PDF for a document).
field-image-dimensions = This image is too large: at most 8,192 pixels a side and 40 megapixels.
field-image-damaged = This image is incomplete or damaged and cannot be read.
identity-logo = Logo
identity-banner = Banner
identity-image-hint = JPEG, PNG or WebP, up to 10 MB. Hidden photo data (GPS position…) is removed.
identity-upload-logo = Upload the logo
identity-upload-banner = Upload the banner
identity-palette = Colours from your logo
identity-palette-none = Upload a logo and we will suggest colours from its palette.
storefront-logo-alt = Logo of { $name }
coop-field-certificate = Name-approval certificate or register extract
coop-field-certificate-hint = PDF, JPEG or PNG, up to 10 MB. Only the cooperative's members and admins can download it. If the form comes back with an error, choose the file again.
coop-certificate-download = Download the certificate
admin-no-certificate = No certificate uploaded

## The register upload (admins)
error-import-refused = The file was not imported. Fix the problems below and send it again: nothing was changed.
registry-title = Central register of cooperatives
registry-lead = Import the register as CSV (UTF-8) with the columns: register number, name in Arabic, name in French, region, province, sector, registration date, status. Every line is checked first: a file with a single bad line imports nothing. Importing the same file again changes nothing.
registry-size = The register holds { $count } cooperatives.
registry-imported = Import done: { $created } added, { $updated } updated, { $unchanged } unchanged.
registry-problems = Problems in the file
registry-more-problems = … and { $count } more problems.
registry-file = Register file (CSV)
registry-file-hint = CSV in UTF-8, 32 MB at most.
registry-import = Import the register
registry-problem-not-utf8 = The file is not UTF-8. Save it as "CSV UTF-8" and send it again.
registry-problem-empty = The file has no header line or no data.
registry-problem-missing-column = Missing column: { $column }.
registry-problem-line = Line { $line }: { $reasons }
registry-row-register-number = register number missing or malformed
registry-row-name-missing = neither an Arabic nor a French name
registry-row-name-too-long = name longer than 200 characters
registry-row-unknown-region = unknown region
registry-row-unknown-province = province unknown in this region
registry-row-unknown-sector = unknown sector
registry-row-bad-date = invalid date (YYYY-MM-DD or DD/MM/YYYY)
registry-row-unknown-status = unknown status
registry-row-column-count = wrong number of columns
registry-row-duplicate-number = number already on an earlier line

## Team and invitations
field-already-member = This person is already on the team.
field-already-invited = An invitation to this address is already waiting to be accepted.
field-too-many-invitations = Too many invitations are waiting for an answer. Wait until they are accepted or expire.
error-invitation-invalid = This invitation link is no longer valid: it was used or it expired. Ask for a new invitation.
error-invitation-for-another = This invitation was sent to another e-mail address. Sign in with that address's account.
coop-settings-title = Profile and settings
coop-settings-payment = Payment
coop-settings-cod = Buyers may pay our parcels in cash on delivery
coop-settings-cod-hint = Turn this off if your carrier cannot collect cash. Buyers of your products then pay by card, where card payments are on.
coop-settings-save = Save
coop-settings-saved = Saved. The public profile shows the change now.
team-title = Team
team-invited = Invitation sent. The link is valid for 7 days.
team-role-owner = owner
team-role-manager = manager
team-invite-heading = Invite a manager
team-invite-lead = The invited person gets a link by e-mail. Once they accept, they can manage the cooperative's visual identity and, later, its products.
team-invite = Send the invitation
team-pending = Waiting invitations
team-expires = expires on { $date }
team-joined = You are now on the cooperative's team.
invitation-title = Invitation
invitation-lead = You are invited to manage the cooperative "{ $name }" on Taawon. The invitation was sent to { $email }.
invitation-accept = Accept the invitation
invitation-sign-in-first = Sign in (or create an account) with the invited address to accept.
mail-invitation-subject = Invitation to manage { $name } on Taawon
mail-invitation-body = Hello,

    { $inviter } invites you to manage the cooperative "{ $name }" on Taawon.

    To accept, open this link (valid for { $days } days) and sign in with this e-mail address:
    { $link }

    If you do not know this cooperative, ignore this message.
coop-edit-title = Correct and resubmit the file
coop-edit-lead = Correct what the admin pointed out, then send the file again: it goes back to verification.
coop-edit-not-rejected = Only a rejected file can be corrected and sent again.
coop-edit-certificate-hint = Optional: without a new file, the certificate already sent is kept. PDF, JPEG or PNG, up to 10 MB.
coop-edit-submit = Send for verification again

## Catalog
categories-title = Categories
categories-description = Everything Moroccan cooperatives sell: oils, honey, saffron, spices, couscous, cosmetics, rugs, pottery…
breadcrumbs = Breadcrumbs
breadcrumb-home = Home

## Products
field-price-invalid = Enter a price above 0 with at most two decimals, e.g. 120 or 120.50.
field-quantity-invalid = Enter a quantity above 0 (a whole number for pieces), e.g. 250 or 1.5.
field-sku-invalid = Use letters, digits and - _ . / only (at most 40).
field-one-language-required = Fill in at least one language.
field-sku-taken = Another of your products already has this reference.
field-too-many-photos = A product can have at most 8 photos; remove one first.
error-publish-blocked = This product cannot be published yet.
publish-blocked-lead = Before publishing:
publish-blocker-cooperative-not-verified = your cooperative must be verified;
publish-blocker-no-title = give the product a title in at least one language;
publish-blocker-no-price = give it a price above 0;
publish-blocker-no-photo = add at least one photo (a published product keeps at least one).
products-none = No products here yet.
products-count = { $count ->
    [one] One product
   *[other] { $count } products
}
products-not-verified = Only verified cooperatives can list products. Your cooperative's file is still being checked.
sort-label = Sort by
sort-apply = Sort
sort-newest = Newest
sort-price-asc = Price: low to high
sort-price-desc = Price: high to low
pager-label = Pages
pager-previous = ← Previous
pager-next = Next →
pager-status = Page { $page } of { $pages }
unit-g = grams (g)
unit-kg = kilograms (kg)
unit-ml = millilitres (ml)
unit-l = litres (l)
unit-piece = pieces
unit-price-per-kg = { $price } / kg
unit-price-per-l = { $price } / litre
unit-price-per-piece = { $price } / piece
product-in-stock = { $count ->
    [one] In stock: 1 left
   *[other] In stock: { $count } available
}
product-out-of-stock = Out of stock
product-labels = Labels
product-description = Description
price-breakdown = Where your money goes
price-breakdown-price = Price you pay
price-breakdown-fee = Taawon fee ({ $percent } %)
price-breakdown-cooperative = The cooperative receives
product-share-whatsapp = Share on WhatsApp
product-share-link = Link to this product
product-share-copy = Copy link
product-share-copied = Link copied
product-coop-verified = Verified cooperative
product-coop-more = { $count ->
    [one] See its product
   *[other] See its { $count } products
}
product-edit = Edit product
product-new = New product
product-create = Create the draft
product-save = Save
product-saved = Saved.
product-preview = Preview
product-hidden = Hidden by the Taawon team:
product-texts = Title and description
product-texts-hint = Fill in at least one language; visitors reading another see the one you filled in.
product-format-hint = Formatting: **bold**, *italic*, and lines starting with "- " make a list. Anything else is shown as plain text.
product-offer = Price and stock
product-field-title = Product
product-field-title-ar = Title in Arabic
product-field-title-fr = Title in French
product-field-title-en = Title in English
product-field-description-ar = Description in Arabic
product-field-description-fr = Description in French
product-field-description-en = Description in English
product-field-sku = Your reference (SKU)
product-field-category = Category
product-field-price = Price (MAD)
product-field-stock = Stock
product-field-quantity = Quantity in a pack
product-field-unit = Unit
product-field-weight = Shipping weight in grams (optional)
product-labels-none = Your cooperative has declared no labels yet.
product-options = Options
product-options-hint = Sell this product in several sizes, weights or colours: one option each, with its own reference, price, quantity and stock. A product with one option needs no name for it.
product-option-n = Option { $n }
product-option-new = Add an option
product-option-label = Name (100 ml, red…)
product-option-photo = Photo
product-option-photo-none = None
product-option-photo-n = Photo { $n }
product-option-remove = Remove this option
product-options-save = Save the options
product-options-priced-apart = Price, quantity and stock are set for each option, under Options.
product-option-gtin = Barcode number (GTIN, optional)
product-in-feeds = Show it in shopping feeds (Google, Facebook, Instagram)
product-in-feeds-save = Save
product-photos = Photos
product-state = State
product-state-draft = Draft
product-state-published = On sale
product-state-archived = Archived
product-event-publish = Publish
product-event-unpublish = Back to draft
product-event-archive = Archive
product-event-restore = Restore as draft
photo-add = Add a photo
photo-upload = Upload the photo
photo-earlier = Move earlier
photo-later = Move later
photo-remove = Remove
photo-describe = Save the descriptions
photo-alt-ar = What the photo shows, in Arabic
photo-alt-fr = What the photo shows, in French
photo-alt-en = What the photo shows, in English
my-products-title = Products
my-products-empty = No products yet. Create your first one.
storefront-products = Products
home-featured = Featured cooperatives
home-newest = New products
home-women-led = Women-led cooperatives
home-women-led-lead = Cooperatives where women are at least half of the members.
coop-card-products = { $count ->
    [one] 1 product
   *[other] { $count } products
}
moderation-title = Moderation
moderation-reason = Reason (the cooperative sees it)
moderation-hide = Hide this product
moderation-show = Show it again

## Labels
labels-title = Labels
labels-lead = Declare your quality labels with their certificate or authorisation number. The Taawon team checks them; only verified labels show on your products.
labels-none = No labels declared yet.
labels-declare = Declare a label
labels-saved = Label declared. It will show once the Taawon team has checked it.
labels-decided = Decision recorded.
label-field-kind = Label
label-field-reference = Certificate or authorisation number
label-field-evidence = Evidence (optional)
label-field-evidence-hint = The certificate as PDF, JPEG or PNG, up to 10 MB.
label-evidence-download = Evidence
label-organic = Organic
label-igp = PGI (IGP)
label-aop = PDO (AOP)
label-label-agricole = Label Agricole
label-fair-trade = Fair trade
label-onssa = ONSSA authorised
label-state-pending = Being checked
label-state-verified = Verified
label-state-rejected = Refused
label-verify = Verify
label-reject = Refuse
label-reject-reason = Reason for refusing
admin-labels-title = Labels to check
admin-labels-empty = No labels are waiting.

## Product CSV
csv-title = Import and export (CSV)
csv-lead = Add or update many products at once: download the template, fill one product per line, and send it back. A line with a reference (SKU) you already use updates that product; other lines become drafts. If any line has a problem, nothing is imported.
csv-template = Download the template
csv-export = Export my products
csv-file = CSV file
csv-file-hint = UTF-8 CSV, separated by commas or semicolons, up to 5,000 lines.
csv-import = Import
csv-imported = Imported: { $created } new, { $updated } updated.
csv-too-many-lines = The file has more than { $max } lines; split it.
csv-problem-field = Line { $line }, column “{ $column }”: { $reason }
error-products-import-refused = Nothing was imported: the file has problems.
filter-label = Label
filter-label-any = Any

# Search
search-results-for = Results for “{ $query }”
search-truncated = Your search was longer than 200 characters; we searched for the first 200.
search-filters = Filters
search-filters-count = { $count ->
    [0] Filters
   *[other] Filters ({ $count })
}
search-active-filters = Filters in force
search-price-between = { $min }–{ $max } MAD
search-price-from = From { $min } MAD
search-price-up-to = Up to { $max } MAD
search-clear = Clear all filters
search-remove-filter = Remove this filter
search-facet-category = Category
search-facet-region = Region
search-facet-sector = Sector
search-facet-cooperative = Cooperative
search-facet-label = Verified label
search-facet-price = Price (MAD)
search-price-min = From
search-price-max = To
search-apply = Apply
search-in-stock = In stock
search-women-led = Women-led cooperatives
search-none = No product matches your search.
search-did-you-mean = Did you mean:
search-suggestions = Suggested products
search-see-all = See all results
search-browse-instead = Or browse by category:
sort-relevance = Relevance
sort-rating = Best rated
error-search-unavailable = Search is not available right now. Please try again in a moment, or browse by category.

# Cart, checkout and orders
cart-added = Added to your cart.
cart-continue = Browse the products
cart-from = From
cart-quantity = Quantity
cart-update = Update
cart-remove = Remove
cart-price-was = (was { $price })
cart-problem-unavailable = No longer on sale: remove it to order the rest.
cart-problem-sold-out = Sold out: remove it to order the rest.
cart-problem-not-enough = Only { $count } left: lower the quantity.
cart-prices-changed = Some prices changed since you added these products. Check them, then accept the new prices to order.
cart-accept-prices = Accept the new prices
cart-has-problems = Some products cannot be ordered as they are. Change or remove them below.
cart-fix-first = Fix the cart before ordering.
cart-summary = Summary
cart-goods = Products
cart-delivery = Delivery
cart-delivery-free = Free
cart-free-delivery-missing = Add { $amount } more from this cooperative for free delivery.
cart-share = The cooperative receives
cart-total = Total
cart-checkout = Checkout
checkout-title = Checkout
checkout-back-to-cart = Back to the cart
checkout-items = { $count } items
checkout-delivery = Delivery address
checkout-email = E-mail (optional)
checkout-name = Recipient's name
checkout-phone = Phone (the courier calls it)
checkout-region = Region
checkout-city = City
checkout-address = Address
checkout-notes = Notes for the courier (optional)
checkout-payment = Payment
checkout-pay-cod = Cash on delivery
checkout-pay-cod-hint = You pay each cooperative's courier in cash when your parcel arrives.
checkout-no-payment = No payment method is available for this cart: one of its cooperatives does not take cash on delivery.
checkout-place = Place the order
order-title = Order { $number }
order-placed-thanks = Thank you! Your order is placed. Each cooperative will confirm its part.
order-keep-link = Keep this page’s address: it lets you follow your order. We also sent it to your phone by text message (and by e-mail if you gave one).
order-state-pending-payment = Waiting for payment
order-state-placed = Placed
order-state-paid = Paid
order-state-fulfilled = Delivered
order-state-cancelled = Cancelled
shipment-state-pending = Waiting for the cooperative
shipment-state-confirmed = Confirmed
shipment-state-shipped = On its way
shipment-state-delivered = Delivered
shipment-state-cancelled = Cancelled
shipment-state-refused = Refused at the door
shipment-state-returned = Returned to the cooperative
order-payment-cod = cash on delivery
order-payment-card = card
order-tracking = { $carrier } tracking number { $number }
order-cancel-reason = Reason:
order-cancel-by-buyer = Cancelled by the buyer.
order-cancel-part = Cancel this part
order-cancel-why = Why? (optional; the cooperative reads it)
order-cancel-confirm = Cancel this part of the order
order-cancelled-part = This part of your order was cancelled. The cooperative was told.
order-product = Product
order-line-total = Amount
orders-title = My orders
orders-empty = You have not ordered anything yet.
orders-number = Number
orders-date = Date
orders-state = State
price-from = from { $price }
product-option-choose = Choose
product-add-to-cart = Add to cart
error-cart-empty = Your cart is empty: there is nothing to order.
error-cart-changed = Some products are no longer available in that quantity. Nothing was ordered; your cart shows what changed.
error-own-cooperative = You are a member of a cooperative in your cart: members do not order from their own cooperative. Nothing was ordered; remove its products to order the rest.
error-cash-orders-limit = You already have several cash-on-delivery orders waiting for the cooperatives to confirm them. Nothing was ordered; wait for a confirmation, or pay by card.
error-prices-changed = Some prices changed since you filled your cart. Nothing was ordered; accept the new prices in your cart first.
field-not-enough-stock = Not that many are in stock.
field-order-not-found = No order matches this number and phone. Check both: the number starts with TA- and is in the message we sent you.
mail-order-placed-subject = Your Taawon order { $number }
mail-order-placed-body = Thank you for your order { $number } ({ $total }).

    Each cooperative will confirm its part and send it to you. Follow your order here:
    { $link }
mail-order-received-subject = New order { $number }
mail-order-received-body = You have a new order, { $number }. Confirm it here:
    { $link }
mail-shipment-subject = Order { $number }: { $state }
mail-shipment-body = { $cooperative } updated your order { $number }: { $state }.

    Follow your order here:
    { $link }
inbox-title = Orders to fulfil
inbox-empty = No orders here.
inbox-filter-all = All
inbox-order = Order { $number }
inbox-confirm = Confirm
inbox-ship = Mark shipped
inbox-deliver = Mark delivered
inbox-deliver-cash = Mark delivered and cash collected
inbox-refuse = Refused at the door
inbox-return = The parcel is back (stock returns)
inbox-cancel = Cancel this part
inbox-carrier = Carrier (optional)
inbox-tracking = Tracking number (optional)
inbox-reason = Reason (the buyer sees it)
inbox-saved = Saved. The buyer has been told.
inbox-collect = To collect in cash: { $amount }
inbox-share = Your share: { $amount }
inbox-awaiting-card = Waiting for the card payment: do not send yet.
coop-orders = Orders

# Card payments (Stripe Checkout)
checkout-pay-card = Pay now by card
checkout-pay-card-hint = You are taken to Stripe's secure payment page; your order and its stock are kept for you while you pay.
order-awaiting-payment = This order waits for its card payment. The cooperatives prepare it once it is paid.
order-pay-card = Pay by card
order-payment-confirming = Thank you. We are waiting for the payment's confirmation from the bank; this page shows it as soon as it arrives.
order-payment-failed = The card payment did not go through or its time ran out. Nothing was charged and the order was cancelled.
order-cancel-unpaid = The card payment was not completed in time.
order-cancel-refunded = The payment was refunded.
error-payment-unavailable = Card payment is not available right now. Your order is kept: try again in a moment from the order page.
error-media-unavailable = Photos and files cannot be saved or shown right now. Nothing was changed: please try again in a moment.
error-busy = The server is busy. Nothing was changed: please try again in a moment.
error-reset-link-invalid = This link is no longer valid: it was already used, it is more than an hour old, or it is not one we sent. Nothing was changed. Ask for a new one below.
error-verify-link-invalid = This confirmation link is no longer valid: it was already used, it is more than three days old, or your address changed since. Ask for a new one from the banner at the top of the page.
error-sole-owner = You are the only owner of a cooperative. Ask the platform to hand it over to another member or to suspend it, then delete your account. Nothing was changed.
error-email-not-verified = Confirm your e-mail address first: open the link we sent to it. No e-mail? Ask for a new link from the banner at the top of the page. Nothing was changed.
mail-payment-paid-subject = Payment received for order { $number }
mail-payment-paid-body = We received your payment of { $total } for order { $number }.

    Each cooperative will confirm its part and send it to you. Follow your order here:
    { $link }
mail-payment-failed-subject = Order { $number } was not paid
mail-payment-failed-body = The card payment for order { $number } did not go through or its time ran out. Nothing was charged and the order was cancelled.

    { $link }
mail-payment-refunded-subject = Order { $number } was refunded
mail-payment-refunded-body = Your payment of { $total } for order { $number } was refunded.

    { $link }

# Payout ledger
payouts-title = Payouts and balance
payouts-link = Payouts and balance
payouts-earned = Earned on delivered orders
payouts-cash-collected = Cash collected at the door
payouts-refunded = Refunds charged back
payouts-frozen = Frozen by card disputes
payouts-received = Transfers received
payouts-sent = Transfers sent to Taawon
payouts-balance = Owed to the cooperative
payouts-balance-owing = Owed by the cooperative
payouts-how = Card orders: Taawon collected the money and owes the cooperative goods and delivery less the fee. Cash on delivery: the cooperative collected the money and owes Taawon the fee.
payouts-download = Download the statement (CSV)
payouts-none = Nothing yet: each delivered order is written here.
payouts-date = Date
payouts-kind = Entry
payouts-kind-card-paid = Card payment
payouts-kind-cash-collected = Cash collected at the door
payouts-kind-earned = Delivered order
payouts-kind-refund = Refund
payouts-kind-transfer-to-cooperative = Transfer to the cooperative
payouts-kind-transfer-from-cooperative = Transfer from the cooperative
payouts-kind-dispute-hold = Frozen: the buyer's bank disputes the payment
payouts-kind-dispute-release = Released: the dispute is closed
payouts-order = Order
payouts-reference = Transfer reference
payouts-amount = Amount (MAD)
payouts-paid-on = Day the transfer was sent
payouts-direction = Direction
payouts-direction-to-cooperative = Taawon paid the cooperative
payouts-direction-from-cooperative = The cooperative paid Taawon
payouts-record = Record a bank transfer
payouts-saved = The transfer was recorded.
admin-payouts-title = Payouts and fees due
admin-payouts-none = Nothing is open with any cooperative.
admin-payouts-to-pay = Cooperatives to pay
admin-payouts-owing = Cooperatives that owe fees
admin-payouts-none-to-pay = No cooperative is owed anything.
admin-payouts-none-owing = No cooperative owes fees.
admin-payouts-cooperative = Cooperative
admin-refunds-title = Card refunds not settled
admin-refunds-none = Every card refund went through.
admin-refunds-how = A waiting refund is sent to Stripe again every five minutes. A refused one must be settled in Stripe's dashboard; its refund event then writes it in the books.
admin-refunds-state = State (tries)
admin-refunds-error = Stripe's answer
refund-state-requested = Waiting for Stripe
refund-state-sent = Sent
refund-state-failed = Refused by Stripe
recon-title = Reconciliation
recon-from = From (included)
recon-to = To (included)
recon-show = Show
recon-total = All cooperatives
recon-sales = Delivered sales
recon-cash = Cash collected by the cooperative
recon-card = Card sales
recon-fees = Fees earned
recon-refunds = Card refunds
recon-charged-back = Refunds charged back
recon-frozen = Frozen by disputes
recon-transferred-to = Transfers to the cooperative
recon-transferred-from = Transfers from the cooperative
recon-position = Open at the end (owed to it; below zero: it owes)
recon-balanced = The ledger balances: every debit has its credit.
recon-unbalanced = The ledger does not balance for this period: tell the technical team.
recon-card-collected = Card payments collected:
recon-download = Download (CSV)
field-amount-over-balance = This is more than is open with this cooperative.
field-transfer-wrong-direction = The money open goes the other way: choose the other direction.

# Reviews
reviews-title = Reviews
reviews-average = { $average } out of 5 · { $count ->
    [one] one review
   *[other] { $count } reviews
}
reviews-none = No reviews yet.
reviews-stars = { $stars ->
    [one] 1 star out of 5
   *[other] { $stars } stars out of 5
}
reviews-see-product = see the product
reviews-hidden = Hidden from buyers:
reviews-reply-heading = The cooperative's answer
reviews-reply = Answer this review (once, shown to everyone)
reviews-reply-submit = Publish the answer
reviews-hide-reason = Reason for hiding this review
reviews-hide = Hide the review
reviews-rate = How would you rate { $product }?
reviews-body = Your review (optional)
reviews-submit = Publish my review
reviews-yours = Your rating of { $product }:
reviews-thanks = Thank you: your review is published.
mail-part-updated-subject = Order { $number }: { $state }
mail-part-updated-body = Your part of order { $number } is now: { $state }. Your orders:
    { $link }

## Volunteer experts
nav-requests = Expert requests
expert-apply-title = Volunteer as an expert
expert-apply-lead = Give your skills to cooperatives: tell them what you do, in which languages and where. The Taawon team checks every profile before you can take requests.
expert-apply = Send my application
expert-save = Save my profile
expert-saved = Your profile is saved.
expert-your-state = Your profile:
expert-reason = Reason:
expert-see-requests = See requests
expert-public-link = My public profile
expert-public-title = { $name }, volunteer expert
expert-skills = What you can do
expert-languages = Languages
expert-mode = How you work
expert-remote = At a distance
expert-on-site = On site, at the cooperative
expert-regions = Regions where you can go on site
expert-capacity = Requests at once
expert-capacity-hint = How many requests you can work on at the same time (1 to 10).
expert-capacity-of = takes { $capacity } at once
expert-bio = About you: experience, what you have made
expert-portfolio = Portfolio
expert-portfolio-image = Portfolio work
expert-portfolio-add = Add an image of your work
expert-portfolio-upload = Add to portfolio
expert-portfolio-remove = Remove
expert-state-pending = Waiting for verification
expert-state-verified = Verified
expert-state-rejected = Not accepted
admin-experts-title = Experts
admin-experts-tabs = Experts by state
admin-experts-empty = No expert in this state.
admin-experts-verify = Verify
admin-experts-reject = Turn down
mail-expert-verified-subject = You are a verified Taawon expert
mail-expert-verified = Your expert profile is verified: you can now take requests from cooperatives.

    { $link }
mail-expert-rejected-subject = Your Taawon expert profile
mail-expert-rejected = We could not accept your expert profile. Reason: { $reason }. You can edit your profile to apply again.

    { $link }
match-speaks = speaks { $language }
match-same-region = same region: { $region }
match-remote = works at a distance
match-free = { $free ->
    [one] one place free
   *[other] { $free } places free
}
match-waiting = waiting for { $days } days
match-rated = rated { $rating }/5
impact-completed = Requests completed
impact-hours = Hours given
impact-rating = Rating from cooperatives
impact-not-rated = Not rated yet.
impact-work = Completed work
impact-no-work = No completed request yet.
impact-before = Before
impact-after = After
impact-no-identity = No identity yet
impact-sales-caption = Sales around the new identity (live since { $date })
impact-sales-before = 30 days before
impact-sales-after = 30 days after
impact-ratings = What cooperatives said
report-title = Expert programme
report-median-claim = Median time to a first claim
report-hours = { $hours } h
report-completion = Completion rate
report-total-hours = Hours given
report-by-state = Requests by state
report-by-skill = Requests by type
board-title = Requests from cooperatives
board-apply-first = Apply as an expert to be suggested requests and take them.
board-not-verified = Your expert profile waits for verification: you can read requests, and take them once the team has verified you.
board-capacity = You hold { $held } of { $capacity } requests.
board-suggested = Suggested for you
board-suggested-none = No open request matches your skills right now.
board-mine = Your requests
board-open = All open requests
board-open-none = No open request.
board-any = Any
board-yes = Yes
board-no = No
board-filter = Filter
coop-requests-title = Expert help
coop-requests-none = No request yet.
identity-ask-expert = Ask an expert for a logo
request-new = Ask for help
request-limit = Open requests: { $open } of { $max }.
request-needs-verified = Only verified cooperatives can ask for an expert.
request-skill = Type of help
request-title = Title
request-description = What do you need?
request-languages = Preferred languages
request-on-site = On site
request-on-site-needed = Someone must come to the cooperative
request-deadline = Desired by (optional)
request-post = Post the request
request-page-title = Request for help
request-back = Back to the requests
request-cooperative = Cooperative
request-expert = Expert
request-hours = Hours logged
request-waited = { $days ->
    [0] posted today
   *[other] waiting for { $days } days
}
request-palette = Palette
request-why = Why:
request-invited-you = Invited you
request-claim = Take this request
request-release = Give it back
request-cancel = Withdraw the request
request-complete = Accept the work
request-suggested-experts = Suggested experts
request-invite = Invite
request-invited = Invited
request-deliverables = Delivered work
request-deliverable-image = Delivered image
request-apply = Apply to my storefront
request-applied = This identity is on your storefront.
request-undo = Undo: bring back the previous identity
request-logo = Logo
request-file = Image (optional)
request-note = Note
request-deliver = Hand in the work
request-changes = What should change?
request-ask-changes = Ask for changes
request-log-hours = Hours worked
request-log = Log hours
request-ratings = Ratings
request-rate-expert = Rate the expert
request-rate-cooperative = Rate the cooperative
request-rated-by-cooperative = from the cooperative
request-rated-by-expert = from the expert
request-thread = Messages
request-thread-empty = No message yet.
request-message = Your message
request-send = Send
request-side-cooperative = cooperative
request-side-expert = expert
request-side-admin = team
request-state-open = Open
request-state-claimed = In progress
request-state-delivered = Delivered
request-state-changes-requested = Changes asked
request-state-completed = Completed
request-state-cancelled = Withdrawn
request-done-post = Your request is posted. Matching experts will see it.
request-done-claim = The request is yours. Say hello to the cooperative below.
request-done-release = The request is open again for other experts.
request-done-cancel = The request is withdrawn.
request-done-complete = Work accepted. Thank you both!
request-done-undo = Your previous identity is back on your storefront.
request-done-changes = Your change request is sent to the expert.
request-done-deliver = Your work is handed in. The cooperative will look at it.
request-done-apply = The new identity is on your storefront.
request-done-rate = Thank you for your rating.
request-done-hours = Hours logged.
request-done-invite = The expert is invited.
mail-request-claimed-subject = { $who } takes your request "{ $title }"
mail-request-claimed = { $who } took your request "{ $title }". Write to them here:

    { $link }
mail-request-message-subject = New message on "{ $title }"
mail-request-message = { $who } wrote on "{ $title }":

    { $link }
mail-request-delivered-subject = Work delivered on "{ $title }"
mail-request-delivered = { $who } handed in work on "{ $title }". Accept it or ask for changes:

    { $link }
mail-request-changes-subject = Changes asked on "{ $title }"
mail-request-changes = { $who } asks for changes on "{ $title }":

    { $link }
mail-request-completed-subject = "{ $title }" is completed
mail-request-completed = { $who } accepted your work on "{ $title }". Thank you!

    { $link }
mail-request-invited-subject = A cooperative invites you: "{ $title }"
mail-request-invited = { $who } invites you to take the request "{ $title }":

    { $link }
mail-request-auto-released-subject = "{ $title }" is open again
mail-request-auto-released = Without news for a while, the request "{ $title }" went back to open for other experts.

    { $link }
mail-request-reopened-subject = "{ $title }" is open again
mail-request-reopened = Without news from the expert, your request "{ $title }" is open again for other experts.

    { $link }
error-request-not-open = This request is no longer open: another expert may have taken it.
error-over-capacity = You already hold as many requests as your capacity allows. Hand one in or give one back first.
error-expert-not-verified = Your expert profile must be verified by the Taawon team before you can take requests.
error-open-requests-limit = Your cooperative already has as many open requests as allowed. Complete or withdraw one first.
field-deadline-invalid = Choose a date from tomorrow to a year from now.

## Dashboards, settings and the audit log

dash-title-admin = Marketplace at a glance
dash-title-coop = Dashboard
dash-period = Period shown
dash-from = From
dash-to = To
dash-granularity = One bar per
dash-granularity-day = Day
dash-granularity-week = Week
dash-granularity-month = Month
dash-apply = Show
dash-coarsened = This period is long, so it is shown in bigger steps.
dash-reset = Show the last 30 days
dash-table = The figures as a table
dash-sales = Sales
dash-orders = Orders
dash-sales-over-time = Sales over time
dash-orders-over-time = Orders over time
dash-orders-by-state = Orders by state
dash-top-products = Best-selling products
dash-col-period = Period starting
dash-col-state = State
dash-col-count = Number
dash-col-product = Product
dash-col-region = Region
dash-col-sector = Sector
dash-col-category = Category
dash-rating = Average rating
dash-rating-none = No reviews yet
dash-rating-value = { $average } / 5 · reviews: { $count }
dash-balance = Owed to you
dash-low-stock = Running low
dash-low-stock-none = No product is running low.
dash-stock-left = in stock: { $count }
dash-payouts = Latest payouts
dash-payouts-none = No payout yet.
dash-requests = Expert requests in progress
dash-requests-none = No request in progress.
dash-exports = Exports
dash-none = —
dash-women-share = Share of sales by women-led cooperatives
dash-queue = Verification queue
dash-queue-empty = No cooperative is waiting.
dash-queue-value = waiting: { $count } · oldest: { $oldest } days · median: { $median } days
dash-payouts-due = Payouts due
dash-payouts-due-value = { $amount } · cooperatives: { $count }
dash-balance-owing = You owe Taawon
dash-fees-owed = Fees owed by cooperatives
dash-by-region = Sales by region
dash-by-sector = Sales by sector
dash-by-category = Sales by category
dash-cooperatives = Cooperatives by verification state
settings-title = Platform settings
settings-selling = Selling and delivery
settings-fee = Platform fee (%)
settings-fee-hint = Taken from each sale; the cooperative receives the rest. Product pages show the split.
settings-delivery-fee = Delivery fee per parcel (MAD)
settings-free-from = Free delivery from (MAD of a cooperative's products)
settings-free-from-hint = Leave empty for never free.
settings-cod = Offer cash on delivery
settings-card-on = Card payments are set up on the server.
settings-card-off = Card payments are not set up on this server (a Stripe key is needed).
settings-cash-waiting = Cash-on-delivery orders one buyer may have waiting
settings-cash-waiting-hint = Counted by address, phone and account, until a cooperative confirms: nobody can hold stock anonymously.
settings-max-open = Open expert requests a cooperative may have
settings-release-days = Days without activity before an expert's claim is released
settings-apply-hint = Changes apply at once to new orders and requests, never to those already placed.
settings-last-change = Last change: { $at } (UTC)
settings-save = Save the settings
settings-saved = Settings saved (changed: { $count }).
settings-unchanged = Nothing was changed.
audit-title = Audit log
audit-filter = Filter
audit-action = Action
audit-actor = By (e-mail address)
audit-subject = Record
audit-when = When (UTC)
audit-details = Details
audit-empty = No entry matches these filters.
audit-more = Older entries
audit-system = The system

## Exports
export-title = Export as CSV
export-lead = Choose a period if you want one (both days included; empty means since the beginning or until today), then the file to download. The files open in spreadsheet programs, Arabic included.
export-from = From
export-to = To
export-download = Download:
export-kind-orders = Orders
export-kind-shipments = Shipments
export-kind-payouts = Payouts
export-kind-cooperatives = Cooperatives
export-kind-products = Products
export-kind-requests = Expert requests
export-col-buyer-email = Buyer's e-mail
export-col-payment-method = Payment method
export-col-payment-state = Payment
export-col-goods = Products (MAD)
export-col-delivery = Delivery (MAD)
export-col-total = Total (MAD)
export-col-platform-fee = Platform fee (MAD)
export-col-cooperative-share = Cooperative's share (MAD)
export-col-carrier = Carrier
export-col-tracking = Tracking number
export-col-delivered-at = Delivered on
export-col-verified-at = Verified on
feed-description = Products of Moroccan cooperatives, sold directly by them.
export-col-option = Option
export-col-sku = Reference (SKU)
export-col-published-at = Published on
export-col-created-at = Posted on
export-col-claimed-at = Taken on
export-col-completed-at = Completed on
export-payment-card = Card
export-payment-pending = Not paid yet
export-payment-paid = Paid
export-payment-failed = Failed
export-payment-refunded = Refunded
error-date-range-invalid = These dates cannot be used: write them as year-month-day (for example 2026-03-31), the first no later than the last.

# Privacy, terms and the legal notice (loi 09-08)
footer-privacy = Privacy
footer-terms = Terms of use
footer-legal = Legal notice
legal-not-declared = (to be completed by the operator)
sign-up-accept = By creating an account you accept the terms of use; the privacy page says what we keep and why:
checkout-privacy = Your name, phone and address go only to the cooperatives of this order, to deliver it.
privacy-title = Privacy: what we keep and why
privacy-intro = { $operator } runs Taawon. This page says which personal data the platform keeps, why, for how long, and how you use your rights under Moroccan law 09-08 on the protection of individuals with regard to the processing of personal data.
privacy-what-title = What we keep
privacy-what-body = Your account: your name, e-mail address, chosen language, and a one-way fingerprint of your password (never the password itself).
    Your orders: the name, phone number and delivery address you give at checkout, what you ordered and how it was paid. Card numbers go to the card processor and never to us.
    Cooperatives and volunteers: what members and experts write on their pages, the documents sent for verification, and their messages.
    Security: where you are signed in (browser, system and the network of your address, never the full address), and counts of attempts per address, kept one day, to stop abuse.
privacy-why-title = Why
privacy-why-body = To deliver your orders: the cooperative that sells to you sees your name, phone and address for that order only. To run your account, to keep the accounts the law requires, and to protect accounts from abuse. We sell no data and show no advertising.
privacy-how-long-title = For how long
privacy-how-long-body = A session ends after 30 days without use; attempt counts after one day; a password-reset link after one hour. Your account stays until you delete it.
    Orders and accounting entries are kept ten years, as Moroccan law requires of accounting records. When you delete your account they keep their amounts but lose your name, phone and address.
privacy-rights-title = Your rights
privacy-rights-body = You may see everything the platform holds about you (your account page: download my data), correct it on your account page, and delete your account (your account page: delete my account). For anything else, or to object to a processing, write to { $contact }.
    You may also bring a complaint to the CNDP, the national commission for the protection of personal data.
privacy-cndp-title = Declaration to the CNDP
privacy-cndp-body = This processing of personal data is declared to the CNDP under number { $declaration }.
terms-title = Terms of use
terms-intro = These terms apply to everyone who uses Taawon, run by { $operator }.
terms-role-title = Who sells
terms-role-body = Taawon is a marketplace: each product is sold by the cooperative shown on its page, directly to you. The sale is a contract between you and that cooperative; Taawon puts you in touch, takes the orders and, for card payments, collects the money for the cooperative.
terms-orders-title = Orders and payment
terms-orders-body = Prices are in dirhams and are the cooperative's; delivery is added where shown. An order is firm once the cooperative confirms it. With cash on delivery you pay the courier; by card, you pay when you order and are refunded if the cooperative cannot deliver.
terms-cancel-title = Cancelling and refusing
terms-cancel-body = You may cancel an order until it is shipped. A parcel refused at the door goes back to the cooperative, and a card payment for it is refunded. Your rights under law 31-08 on consumer protection apply.
terms-accounts-title = Your account
terms-accounts-body = Keep your password to yourself. Do not publish anything unlawful, misleading or that belongs to someone else. An account that breaks these terms may be suspended, after its holder is told why.
terms-volunteers-title = Volunteer experts
terms-volunteers-body = Volunteer experts give their work to the cooperative that asked for it; the cooperative may use it freely for its products.
terms-law-title = Applicable law
terms-law-body = These terms are governed by Moroccan law. Write to { $contact } first: we answer within 30 days.
legal-title = Legal notice
legal-operator = Operator
legal-address = Address
legal-contact = Contact
legal-cndp = CNDP declaration
account-data-download = Download my data (JSON)
delete-title = Delete my account
delete-lead = Your name, e-mail address, password, sessions, cart and memberships are erased, and the words of your reviews and your expert profile. You cannot undo this.
delete-kept = What cooperatives and the law still need is kept without your name, phone or address: your orders' amounts and dates, the accounts, and your reviews' star ratings.
delete-submit = Delete my account for good
delete-done = Your account was deleted. Thank you for having used Taawon.
verify-title = Confirm your e-mail address
verify-lead = Press the button to confirm that this address is yours.
verify-submit = Confirm my address
verify-banner = Confirm your e-mail address: we sent a link to { $email }. Until then you can browse and buy, but not register a cooperative or volunteer.
verify-resend = Send the link again
account-verify-sent = A new link is on its way to your address. It works for three days.
account-verified = Your e-mail address is confirmed. Thank you.
account-renamed = Your name was changed.
account-email-sent = If the new address can be used, a link is on its way to it: your account takes the new address when you open it (every other session is then signed out).
account-profile = Your name
account-rename-submit = Save the name
account-change-email = Change your e-mail address
account-change-email-hint = We send a link to the new address; your account keeps the current one until you open it.
account-change-email-submit = Send the link
field-label-new-email = New e-mail address
mail-verify-subject = Confirm your e-mail address on Taawon
mail-verify-body = Hello { $name },

    To confirm that this address is yours, open this link (it works for { $days } days):
    { $link }

    If you did not sign up to Taawon, ignore this message.
mail-signup-exists-subject = Your Taawon account
mail-signup-exists-body = Hello { $name },

    Someone (perhaps you) tried to create a Taawon account with this address, which already has one. Nothing was changed.

    To sign in: { $sign_in }
    Forgot your password? { $forgot }
mail-email-changed-subject = Your Taawon e-mail address was changed
mail-email-changed-body = Hello { $name },

    The e-mail address of your Taawon account is now { $email }, and every other session was signed out.

    If you did not do this, choose a new password at once: { $forgot }

## Orders by phone
checkout-email-hint = Your order’s link comes by text message to your phone; give an e-mail to get it there too.
checkout-phone-hint = A Moroccan number: 06…, 07… or 05…
checkout-phone-label = Phone
order-link-heading = Keep your order’s link
order-link-whatsapp = Send it to myself on WhatsApp
order-link-label = Your order’s private link
order-link-message = My Taawon order { $number }: { $link }
find-order-title = Find my order
find-order-lead = Lost your order’s link? Give its number and the phone you ordered with.
find-order-number = Order number
find-order-number-hint = It starts with TA- and is in the text message we sent you.
find-order-submit = Open my order
find-order-sign-in = Ordered with an account? Sign in to see all your orders.
footer-find-order = Find my order

## Ask the cooperative
field-markup-not-allowed = Write plain text: no HTML, code or links in brackets.
field-option-missing = Choose one of the options.
field-option-repeated = Another option already has this.
field-last-option = A product keeps at least one option.
field-options-too-many = A product has at most 50 options.
field-gtin-invalid = Not a barcode number: 8, 12, 13 or 14 digits, as printed under the barcode.
field-ends-before-start = The last day comes before the first.
field-product-unknown = This names no product: give product addresses (…/p/…) or their short names, one per line.
nav-messages = Messages
ask-heading = Ask { $cooperative }
ask-question = Your question
ask-send = Send
ask-sign-in = Sign in to ask the cooperative
ask-whatsapp = Write to the cooperative on WhatsApp
ask-order = Ask the cooperative about this part
conversation-with = Conversation with { $name }
conversation-about = About:
conversation-sent = Your message was sent. You will be told when the other side answers.
conversation-reported = This conversation was reported: the Taawon team can read it.
conversation-admin-reading = A buyer reported this conversation: you are reading it as an administrator.
conversation-messages = Messages
conversation-reply = Your answer
conversation-report = Report this conversation
conversation-report-why = What is wrong? (optional)
conversation-report-send = Report it to Taawon
conversations-title = My messages
conversations-empty = No conversation yet.
conversations-unread = { $count ->
    [0] nothing unread
    [one] one unread
   *[other] { $count } unread
}
conversations-reported = reported
conversations-cooperative-title = Messages from buyers
conversations-reported-title = Reported conversations
coop-messages = Messages
coop-settings-whatsapp = WhatsApp number (optional)
coop-settings-whatsapp-hint = A Moroccan mobile (06… or 07…). Buyers see a button that opens a WhatsApp chat with it.
mail-conversation-to-cooperative-subject = A buyer wrote to you on Taawon
mail-conversation-to-cooperative-body = { $who } wrote to your cooperative. Read and answer: { $link }
mail-conversation-to-buyer-subject = { $cooperative } answered you
mail-conversation-to-buyer-body = { $cooperative } answered your message on Taawon. Read it: { $link }

## The open API (/api/v1): its errors and its documentation page
api-error-unknown-language = Unknown language: use ar, fr or en.
api-error-bad-cursor = This cursor is not one this API gave: start again without it.
api-error-bad-limit = The limit must be a whole number from 1 to 100.
api-error-limit-too-large = At most 100 items a page.
api-error-bad-query = Give the words to search for (q).
api-error-not-found = Nothing public has this address.
api-error-rate-limited = Too many requests from this client: wait a moment and try again.
api-error-unavailable = The service is unavailable for a moment: try again shortly.
api-docs-title = Taawon open catalog API
api-docs-intro = Read the public catalog from your own site or app: products, cooperatives, categories and search, in Arabic, French or English. No key needed; each client may make a limited number of requests a minute.
api-docs-parameters = Parameters
api-docs-name = Name
api-docs-where = In
api-docs-meaning = Meaning
api-docs-answers = Answers
api-docs-try = Try it

## The web app manifest (added to the home screen)
manifest-name = products of Moroccan cooperatives

## The register's word counts (issue 33)
error-register-inactive = The national register lists this cooperative as dissolved or in liquidation: it cannot be verified while it does. Nothing was changed.
error-register-lapses = This file lists verified cooperatives as dissolved or in liquidation: importing it takes them off sale and back to review. Nothing was imported yet: check the list, then tick the confirmation and import the file again.
mail-cooperative-register_lapsed-subject = Your cooperative { $name } is back under review
mail-cooperative-register_lapsed-body = The national register of cooperatives now lists { $name } as dissolved or in liquidation. Its products are off sale on Taawon until the platform has reviewed it. If the register is wrong, ask the office to correct it and write to us.
admin-queue-register-status = Register status
registry-status-active = Active
registry-status-in_liquidation = In liquidation
registry-status-dissolved = Dissolved
admin-register-flag = Back for review: the register now lists it as { $status }. Its products are off sale until you decide.
registry-lapsing-title = Verified cooperatives this file takes off sale
registry-lapsing-more = and { $count } more
registry-confirm-off-sale = I have checked the list: take these cooperatives off sale and back to review
registry-off-sale = { $count } verified cooperatives taken off sale and back in the verification queue.

## Profile upkeep: profile saved at once, legal details by an admin's decision
coop-profile-title = Public profile
coop-profile-hint = Published as soon as you save, with no new review.
coop-profile-story-link = Your story, tagline, logo and colours are on the identity page.
coop-legal-title = Legal details
coop-legal-hint = The Taawon team checks new names, register number or ICE before they change. Until they decide, buyers keep seeing the details recorded now.
coop-legal-proposed = Your change was sent for review. The recorded details stay public until the Taawon team decides.
coop-legal-waiting = Under review since { $date } (UTC). Once accepted, these details replace the recorded ones:
coop-legal-refused = Your last proposed change was refused. Reason: { $reason }
coop-legal-propose = Send for review
field-register-number-inactive = The national register lists this number’s cooperative as dissolved or in liquidation.
field-nothing-changed = These are the details already recorded: change at least one before sending them for review.
admin-legal-title = Changes to legal details
admin-legal-recorded = Recorded (public)
admin-legal-proposed = Proposed
admin-legal-accept = Accept the change
admin-legal-refuse = Refuse
mail-cooperative-legal_change_accepted-subject = The new legal details of { $name } are accepted
mail-cooperative-legal_change_accepted-body = The Taawon team accepted the change of legal details you proposed. { $name } now appears under them on Taawon.
mail-cooperative-legal_change_refused-subject = The change of legal details of { $name } was refused
mail-cooperative-legal_change_refused-body = The Taawon team refused the change of legal details you proposed for { $name }. Reason: { $reason }. The recorded details stay as they were; you can propose a corrected change from your settings.

## Directory of cooperatives and its map
directory-title = Cooperatives
directory-description = Every verified cooperative on Taawon, by region, sector and label, with a map of Morocco's 12 regions.
directory-count = { $count ->
    [one] { $count } cooperative
   *[other] { $count } cooperatives
}
directory-empty = No verified cooperative matches these filters.
directory-any = Any
directory-in-stock = With products in stock
directory-apply = Show
directory-sort-name = Name
directory-sort-newest = Newest
directory-sort-products = Most products
directory-women = { $count ->
    [one] { $count } woman
   *[other] { $count } women
}
directory-products = { $count ->
    [0] No products on sale yet
    [one] { $count } product on sale
   *[other] { $count } products on sale
}
directory-map-title = Cooperatives by region
directory-map-region = { $region }: { $count ->
    [one] { $count } cooperative
   *[other] { $count } cooperatives
}
directory-link = All cooperatives

## Online fairs and collections
collection-days = From { $from } to { $to }
collection-ended = This fair has ended. Thank you to every cooperative and buyer who took part.
collection-upcoming = Not open yet: only admins see this page before its first day.
collection-more = More from this selection
collection-see-all = { $count ->
    [one] See the product
   *[other] See all { $count } products
}
collections-running = Fairs and collections
collections-none = No fair or collection yet.
admin-collections-title = Fairs and collections
collection-created = Created:
collection-new = New fair or collection
collection-texts = Title and text, in the three languages
collection-title-ar = Title in Arabic
collection-title-fr = Title in French
collection-title-en = Title in English
collection-text-ar = Text in Arabic
collection-text-fr = Text in French
collection-text-en = Text in English
collection-days-legend = Days (UTC, both included)
collection-starts-on = First day
collection-ends-on = Last day
collection-banner = Banner (optional)
collection-banner-hint = JPEG, PNG or WebP, wide (about 3:1), up to 8 MB.
collection-search-legend = Saved search (optional)
collection-search-hint = Products on sale that match every choice below are shown too, as they change.
collection-products = Hand-picked products (optional)
collection-products-hint = Product addresses (…/p/…) or their short names, one per line.
collection-create = Create
collection-phase-upcoming = Upcoming
collection-phase-running = Running
collection-phase-ended = Ended
collection-product-count = { $count ->
    [one] { $count } product
   *[other] { $count } products
}
collection-proposals = Proposed by cooperatives
collection-accept = Accept
collection-decline = Decline
fairs-title = Fairs
fairs-proposed = Proposed. An admin will accept or decline it.
fairs-none = No fair is running now.
fairs-no-products = You have no product on sale to propose.
fairs-state-proposed = Proposed, waiting
fairs-state-accepted = In the fair
fairs-state-declined = Declined
fairs-propose = Propose

## The cooperative's answer to a claim
request-claim-waiting = An expert claimed this request. Accept the claim to start working together, or decline it with a reason.
request-claim-accept = Accept the claim
request-claim-accepted = You accepted this expert's claim.
request-claim-accepted-expert = The cooperative accepted your claim.
request-claim-waiting-expert = The cooperative has not answered your claim yet; you can already write to it.
request-decline-legend = Decline the claim: why? (the expert reads it)
request-decline = Decline
request-end-legend = End the engagement: why? (the expert reads it)
request-end = End the engagement
request-ending-declined = { $date }: the cooperative declined the claim of { $expert }:
request-ending-ended = { $date }: the cooperative ended the engagement with { $expert }:
request-done-accept = Claim accepted. The expert is told.
request-done-dismiss = The request is open again; the expert is told why.
mail-request-claim-accepted-subject = Your claim on "{ $title }" is accepted
mail-request-claim-accepted = The cooperative accepted your claim on "{ $title }". Thank you for your help: { $link }
mail-request-claim-declined-subject = Your claim on "{ $title }" was declined
mail-request-claim-declined = The cooperative declined your claim on "{ $title }". Its reason: { $who }
mail-request-claim-ended-subject = The engagement on "{ $title }" has ended
mail-request-claim-ended = The cooperative ended the engagement on "{ $title }". Its reason: { $who }

## Volunteer certificates
certificates-title = My volunteer certificate
certificate-hours = { $hours } h { $minutes } min
certificate-summary = { $completed ->
    [one] 1 request completed
   *[other] { $completed } requests completed
}, { $hours } of volunteering.
certificate-issue = Issue my certificate
certificates-issued = Certificates issued
certificate-page-title = Certificate of volunteering: { $name }
certificate-issuer = Taawon, the marketplace of Moroccan cooperatives
certificate-heading = Certificate of volunteering
certificate-awarded-to = Awarded to
certificate-cooperatives = for the cooperatives:
certificate-issued-on = Issued on { $date }.
certificate-genuine = This certificate is genuine: Taawon shows it at
certificate-print-hint = To keep it, print this page or save it as PDF from your browser's print menu.
certificate-profile = The volunteer's public profile
error-nothing-to-certify = A certificate can be issued once one of your requests is completed.

## Files handed in: SVG logos and print-ready PDFs
field-svg-script = This SVG contains a script, an event handler or an embedded page: export it again as a plain drawing.
field-svg-entity = This SVG declares a document type or entities: export it again without them.
field-svg-external = This SVG refers to a file or address outside itself: embed or remove it.
field-svg-canvas = This SVG's canvas has no size or is larger than 10,000 units a side.
field-svg-text = This SVG contains live text: convert the text to outlines (paths), as printers need.
request-logo-hint = JPEG, PNG or WebP up to 8 MB, or an SVG up to 1 MB (text converted to outlines): the cooperative can download the SVG for print.
request-file-hint = An image (JPEG, PNG, WebP), an SVG, or a print-ready PDF (up to 8 MB), kept privately for the cooperative.
request-original-svg = Download the SVG (for print)
request-original-pdf = Download the print-ready PDF

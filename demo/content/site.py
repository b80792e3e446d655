"""Demo content for the home room: the home page, the general pages and the site settings.

Everything is for the fictional Kellsmoor and Wendlebridge Integrated Care Board, so that every
room's demo content tells one story about the same towns and services. The texts are written
for a reading age of 9 to 11, as the NHS asks of its public pages, so the demo shows editors
what good looks like.

Page data is plain data; ``build_home`` turns it into pages and can run any number of times.
"""

from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Site

from core.models import FooterLink, SiteSettings
from demo.building import (
    PageRef,
    action_link,
    cards,
    care_card,
    details,
    heading,
    inset,
    publish,
    resolve,
    table,
    text,
    warning,
)
from home.models import ContentPage

ORGANISATION_NAME = "Kellsmoor and Wendlebridge Integrated Care Board"
PHONE = "0113 496 0123"
EMAIL = "involve@example.org"
ADDRESS = "Engagement Team\nRiverside House\n14 Tanner Street\nKellsmoor\nKM1 4DX"


ABOUT = PageRef("about")
HOW_WE_INVOLVE = PageRef("how-we-involve-people")
CONTACT = PageRef("contact")

HOME_PAGE = {
    "title": "Have your say about health services",
    "introduction": (
        "Find out about changes to NHS services in Kellsmoor, Wendlebridge, Harrowmere and Oakhythe Vale. "
        "Tell us what you think, so we can get them right."
    ),
    "body": [
        heading("What you can do here"),
        cards(
            ("Ways to take part", "Have your say online, on paper, by phone or at an event.", HOW_WE_INVOLVE),
            ("Who we are", "We plan and pay for NHS services in your area.", ABOUT),
            ("Contact us", "Ask us a question, or ask for this in another format.", CONTACT),
        ),
        heading("Tell us what you think at any time"),
        text(
            '<p>Have you used one of our services? <a href="/feedback/">Tell us how it went</a>. '
            "It takes a minute, and you do not need to give your name.</p>"
            '<p>Do you have an idea to make things better? <a href="/feedback/suggest/">Suggest an improvement</a>. '
            "We will tell you what happens to it.</p>"
            '<p>What do other people tell us, and what did we do about it? <a href="/insight/">See the figures</a>.</p>'
        ),
        inset(
            "<p>We want to hear from everyone. You can ask for easy read, large print, British Sign Language "
            f"or another language. Call us on {PHONE}.</p>"
        ),
    ],
}

PAGES = [
    {
        "slug": "about",
        "title": "About us",
        "show_in_menus": True,
        "summary": "Who we are, what we do and the places we look after.",
        "body": [
            text(
                f"<p>We are {ORGANISATION_NAME}. People often call us the ICB for short.</p>"
                "<p>We plan and pay for NHS services for about 480,000 people. "
                "We look after two towns and the coast and countryside around them.</p>"
            ),
            table(
                "The places we look after",
                [
                    ["Place", "What it is like"],
                    ["Kellsmoor", "A market town. About 120,000 people live here."],
                    [
                        "Wendlebridge",
                        "An old mill town. About 95,000 people live here. "
                        "Many families have South Asian or Polish roots.",
                    ],
                    ["Harrowmere", "A town by the sea. Many older people live here."],
                    ["Oakhythe Vale", "Small villages in the country. There are not many buses."],
                ],
                row_headers=True,
            ),
            heading("What we do"),
            text(
                "<p>We decide which health services people need. Then we pay for them. This includes:</p>"
                "<ul><li>GP practices</li><li>hospitals</li><li>pharmacies</li>"
                "<li>mental health care</li><li>transport to hospital for people who need it</li></ul>"
                "<p>We check that these services are safe and good. We also work with local councils "
                "on care at home and in care homes.</p>"
            ),
            inset(
                "<p>We do not run hospitals or GP practices. If you have a problem with your own care, "
                "speak to the service that cares for you first.</p>"
            ),
            heading("Why we want to hear from you"),
            text(
                "<p>The law says we must ask people before we make big changes to services. "
                "But that is not the only reason. Services work better when the people who use them help to "
                "plan them.</p>"
                "<p>You know what it is like to wait for an appointment, to get to a hospital or to care for "
                "someone. We want to learn from you.</p>"
            ),
            heading("Who runs this website"),
            text(
                "<p>Our engagement team runs this website. It is a small team. Our job is to tell you about "
                "changes and to make sure your views reach the people who decide.</p>"
            ),
            action_link("Find out how you can take part", HOW_WE_INVOLVE),
        ],
    },
    {
        "slug": "how-we-involve-people",
        "title": "How we involve people",
        "show_in_menus": True,
        "summary": "The ways we ask for your views, and how you can take part in the way that suits you.",
        "body": [
            text(
                "<p>Some of our plans are already decided. Then we just need to tell you about them. "
                "Other plans are still open. Then we want you to help us shape them.</p>"
                "<p>We use 5 levels to show how much say you have. Some people call this the ladder of "
                "engagement. The further down the list, the more say you have.</p>"
            ),
            table(
                "The 5 levels of involving people",
                [
                    ["Level", "What it means", "An example"],
                    [
                        "Informing",
                        "We tell you about a change and why it is happening.",
                        "We tell you when the new phone line for GP appointments will start.",
                    ],
                    [
                        "Consulting",
                        "We ask what you think before we decide.",
                        "We asked people what they thought about closing the minor injuries unit at night.",
                    ],
                    [
                        "Involving",
                        "We work with you from start to end. Your ideas shape the plan.",
                        "Parents help us plan how the new birth centre should look and feel.",
                    ],
                    [
                        "Collaborating",
                        "We make the plan together, as equal partners.",
                        "Young people and staff plan the help that children get while they wait.",
                    ],
                    [
                        "Devolving",
                        "We hand the choice over to you and your community.",
                        "A local group decides how to spend money for the crisis café in Harrowmere.",
                    ],
                ],
                row_headers=True,
            ),
            inset("<p>We always say which level we are using. Then you know how much your views can change.</p>"),
            heading("Ways to take part"),
            text("<p>Take part in the way that suits you. You can choose more than one.</p>"),
            details(
                "Online",
                "<p>Fill in a survey or leave a comment on this website. You can also join a chat on our forum.</p>",
            ),
            details(
                "On paper",
                "<p>Ask us for a paper copy of any survey. We will post it to you with a free return envelope. "
                "You will not need a stamp. You can also pick up a copy at your library.</p>",
            ),
            details(
                "By phone",
                f"<p>Call us on {PHONE}, Monday to Friday, 9am to 5pm. Tell us your views and we will write them "
                "down for you.</p>",
            ),
            details(
                "At events",
                "<p>We hold drop-in sessions in places like libraries and community centres. Each place has "
                "step-free access and a hearing loop. We also hold online sessions in the evening, for people "
                "who work in the day or on shifts.</p>",
            ),
            details(
                "Easy read",
                "<p>We make easy read copies of our main papers. They use short words and pictures. "
                "People with learning disabilities help us check them.</p>",
            ),
            details(
                "British Sign Language (BSL)",
                "<p>We film our main news in BSL. We can book a BSL interpreter for any event. "
                "Please tell us 5 working days before, so we can find one.</p>",
            ),
            details(
                "Interpreters and other languages",
                "<p>We can give you our papers in other languages, such as Urdu, Punjabi and Polish. "
                "We can also book an interpreter for an event or a phone call. It is free.</p>",
            ),
            heading("Going to where people are"),
            text(
                "<p>Some people find it hard to take part. So we go to them. We visit youth clubs, carers' "
                "groups, day centres and places of worship. We work with local groups who know their "
                "community well.</p>"
            ),
            heading("What happens to your views"),
            text(
                "<p>We read every reply. We write a report on what people told us. Then we tell you what we "
                "decided and why. We call this \u201cyou said, we did\u201d.</p>"
            ),
            action_link("Ask us a question", CONTACT),
        ],
    },
    {
        "slug": "accessibility-statement",
        "title": "Accessibility statement",
        "show_in_menus": False,
        "summary": "How easy this website is to use, what we still need to fix, and how to ask for help.",
        "body": [
            text(
                f"<p>{ORGANISATION_NAME} runs this website. We want as many people as we can to be able to "
                "use it. For example, you should be able to:</p>"
                "<ul><li>change the colours, text size and font</li>"
                "<li>zoom in up to 4 times without the text falling off the screen</li>"
                "<li>move around the whole site using just a keyboard</li>"
                "<li>use the site by speaking to your device</li>"
                "<li>listen to the site with a screen reader</li></ul>"
                "<p>We have also made the words as plain as we can.</p>"
                '<p><a href="https://mcmw.abilitynet.org.uk/">AbilityNet has advice</a> on how to make your '
                "device easier to use if you have a disability.</p>"
            ),
            heading("How well this website works for everyone"),
            text(
                "<p>We aim to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA. "
                "These are the rules that help websites work for everyone.</p>"
                "<p>This website partly meets these rules. We know these parts do not meet them yet:</p>"
                "<ul><li>some of our older papers are PDF files, and they may not work well with a screen "
                "reader</li>"
                "<li>some videos of our past public meetings do not have captions yet</li></ul>"
                "<p>We plan to fix these by the end of March 2027. Until then, ask us and we will send you what "
                "you need in a way that works for you.</p>"
            ),
            heading("Ask for this in a different format"),
            text(
                "<p>We can give you what is on this site in other ways. For example:</p>"
                "<ul><li>easy read</li><li>large print</li><li>audio</li><li>braille</li>"
                "<li>a British Sign Language (BSL) video</li><li>another language</li></ul>"
                f'<p>Email us at <a href="mailto:{EMAIL}">{EMAIL}</a> or call {PHONE}. '
                f"If you cannot hear or speak on the phone, call 18001 then {PHONE} to use Relay UK.</p>"
                "<p>We will get back to you within 5 working days.</p>"
            ),
            heading("Tell us about a problem with this website"),
            text(
                "<p>We want to keep making this site better. If you find a problem we have not listed, please "
                "tell us. Send us the web address of the page and say what went wrong.</p>"
                f'<p>Email <a href="mailto:{EMAIL}">{EMAIL}</a> or call {PHONE}.</p>'
            ),
            heading("If you are not happy with our reply"),
            text(
                "<p>The Equality and Human Rights Commission (EHRC) checks that public bodies follow the law on "
                "websites. This law is called the Public Sector Bodies (Websites and Mobile Applications) (No. 2) "
                "Accessibility Regulations 2018.</p>"
                "<p>If you are not happy with how we dealt with your problem, contact the "
                '<a href="https://www.equalityadvisoryservice.com/">Equality Advisory and Support Service '
                "(EASS)</a>. They give free advice and can help you take it further.</p>"
            ),
            heading("How we tested this website"),
            text(
                "<p>Our own team tested this site on 28 October 2026. We used tools that check pages for "
                "common problems. We also checked each kind of page by hand. We used just a keyboard, a screen "
                "reader and zoom.</p>"
            ),
            inset("<p>We wrote this statement on 2 November 2026. We will check it again within a year.</p>"),
        ],
    },
    {
        "slug": "privacy-notice",
        "title": "Privacy notice",
        "show_in_menus": False,
        "summary": "What we know about you, why we need it, how long we keep it and what your rights are.",
        "body": [
            heading("Who we are"),
            text(
                f"<p>{ORGANISATION_NAME} runs this website. The law calls us the data controller. This means we "
                "decide how your details are used, and we must keep them safe.</p>"
                "<p>We have a data protection officer. Their job is to check that we follow the law. "
                'You can write to them at <a href="mailto:dpo@example.org">dpo@example.org</a>.</p>'
            ),
            heading("What we collect and why"),
            table(
                "What we collect and why we need it",
                [
                    ["What we collect", "Why we need it"],
                    [
                        "Your email address and the name you want others to see, if you make an account.",
                        "So you can log in, and so we can send you the news you asked for.",
                    ],
                    [
                        "What you tell us in surveys, comments and the forum.",
                        "So we know what people think about changes to services.",
                    ],
                    [
                        "If you are logged in when you answer a survey, a link from your answers to your account.",
                        "So you can see your answers, and what we decided, on your account page.",
                    ],
                    [
                        "If you tell us your story about one of our services: your story, its title and topics, "
                        "the service, the name you want shown with it (you can leave it out), and your email address "
                        "or the link to your account. We also keep what our moderators decided, and the service's "
                        "answer.",
                        "So we can read your story before we publish it, so the service can answer it, and so we can "
                        "email you when it does.",
                    ],
                    [
                        "If you join our People Bank: your name, how to reach you, where you live, what you would like "
                        "to help with, how you would like to take part, and anything that would help you take part. "
                        "Then, which surveys and events we emailed you about.",
                        "So we can ask you to take part in things that interest you, and never ask you twice about the "
                        "same thing.",
                    ],
                    [
                        "If you send us a suggestion: your name if you give it, your email address and your idea. "
                        "Quick feedback on a service and our question about how we involved you are kept "
                        "without your name or email address.",
                        "So we can tell you what happens to your suggestion.",
                    ],
                    [
                        "Your age, sex, ethnic group, religion, sexual orientation, and if you are disabled or a "
                        "carer, but only if you choose to tell us. We keep these answers without your name.",
                        "So we can check we hear from all kinds of people, not just some.",
                    ],
                ],
            ),
            text(
                "<p>This site only uses the cookies it needs to work, such as one that keeps you logged in. "
                "We do not use cookies to track you.</p>"
            ),
            heading("Why we are allowed to use your details"),
            text(
                "<p>The law says we must involve people when we plan NHS services. To do this job, we need "
                "to use some of your details. The law calls this a public task.</p>"
                "<p>If you tell us about your health, your religion, your ethnic group or your sexual "
                "orientation, we ask you to agree first. You tick a box to say yes.</p>"
                "<p>You can change your mind at any time before you send your answers. We do not keep your "
                "name with them. So once you have sent them, we cannot tell which ones are yours to delete "
                "them.</p>"
            ),
            details(
                "The legal terms",
                "<p>We use your details under UK GDPR Article 6(1)(e), public task. The task is our duty to "
                "involve the public, in section 14Z45 of the NHS Act 2006. For health, religion, ethnic group or "
                "sexual orientation, we use Article 9(2)(a), explicit consent.</p>",
            ),
            heading("Who we share your details with"),
            text(
                "<p>We never sell your details. When we write reports, we leave out names and anything that "
                "could show who you are.</p>"
                "<p>A company hosts this website for us. It must keep your details safe and can only use them as "
                "we say. Your details stay in the UK.</p>"
            ),
            heading("How long we keep your details"),
            table(
                "How long we keep each kind of detail",
                [
                    ["What", "How long we keep it"],
                    [
                        "Your account",
                        "Until you delete it, or 2 years after you last log in. We email you a month before we "
                        "delete it.",
                    ],
                    [
                        "Your survey answers",
                        "We keep them as a record of what people told us. 2 years after the survey closes, we take "
                        "off your email address and the link to your account, if you gave them.",
                    ],
                    [
                        "Your forum posts",
                        "Until you delete them. If you delete your account, you choose: we delete your posts, or "
                        "keep them with the name “Former member”. If we delete your account because you "
                        "have not logged in, we keep them with that name.",
                    ],
                    [
                        "Your patient stories",
                        "We keep them as a record of what people told us. If you do not follow the link we email you "
                        "to confirm your story, we delete it after 7 days.",
                    ],
                    [
                        "Your People Bank details",
                        "Until you leave, or delete your account. If you do not follow the link we e-mail you to "
                        "join, we delete them after 7 days. If you do not change them for 2 years, we email you to "
                        "ask if you want to stay. If you do not say yes within 30 days, we delete them.",
                    ],
                    [
                        "Your answers to our questions about you",
                        "As long as we need them to check who we reach. They have no name on them, so we cannot "
                        "find one person's answers.",
                    ],
                    [
                        "Your suggestions",
                        "2 years after the last news we sent you about it. Then we delete it, with your name and "
                        "email address.",
                    ],
                    ["Emails and letters you send us", "2 years after we reply."],
                    ["Our copy of each email we send you", "2 years after we send it."],
                ],
                row_headers=True,
            ),
            heading("Your rights"),
            text(
                "<p>You have the right to:</p>"
                "<ul><li>see what we know about you and get a copy</li>"
                "<li>ask us to fix anything that is wrong</li>"
                "<li>ask us to delete your details</li>"
                "<li>ask us to stop using your details, or to use them less</li>"
                "<li>change your mind if you agreed to something</li></ul>"
            ),
            inset(
                "<p>If you have an account, you can do some of this yourself. Log in and go to your account. "
                "There you can download a copy of what this website keeps about you. You can also delete your "
                "account.</p>"
            ),
            heading("When you delete your account"),
            text(
                "<p>We delete your account and your email addresses. We delete your People Bank details, if you "
                "joined it with this account or one of its email addresses. We delete what you asked us to email "
                "you about, and our copies of the emails we sent you. We log you out on every device.</p>"
                "<p>You choose what happens to your forum posts. We can delete them, or keep them with the name "
                "“Former member” instead of yours.</p>"
                "<p>The same choice is for the patient stories we have published. We delete them, or keep them "
                "told by “A former member”, without your name or email address. If we delete your account because "
                "you have not logged in, we keep them that way. We delete the stories we have not published.</p>"
                "<p>We keep your survey answers, because they are part of what people told us. But we take off "
                "your email address and the link to your account.</p>"
                "<p>We keep a note that an account was deleted, and when. The note does not say whose it was.</p>"
            ),
            text(
                f'<p>To ask for anything else, email <a href="mailto:{EMAIL}">{EMAIL}</a> or call {PHONE}. '
                "We will reply within one month.</p>"
            ),
            heading("How to complain"),
            text(
                "<p>If you are not happy with how we used your details, please tell us first. We will try to put "
                "it right.</p>"
                "<p>If you are still not happy, you can complain to the Information Commissioner's Office "
                '(ICO). <a href="https://ico.org.uk/make-a-complaint/">Find out how to complain to the ICO</a>.</p>'
            ),
            inset("<p>We last changed this notice on 3 December 2026.</p>"),
        ],
    },
    {
        "slug": "contact",
        "title": "Contact us",
        "show_in_menus": True,
        "summary": "How to reach our engagement team, and where to go if you need medical help.",
        "body": [
            care_card(
                "urgent",
                "If you need medical help now",
                (
                    "richtext",
                    "<p>We cannot give medical advice or book appointments.</p>"
                    "<p>If you need help now, go to 111.nhs.uk or call 111. "
                    "Call 999 if someone is badly hurt or very ill and their life is at risk.</p>",
                ),
                ("action_link", {"text": "Get help from NHS 111 online", "external_url": "https://111.nhs.uk/"}),
            ),
            heading("Contact our engagement team"),
            text("<p>Ask us a question, tell us your views or ask for something in a different format.</p>"),
            table(
                "How to reach us",
                [
                    ["How", "Details"],
                    ["Phone", f"{PHONE}\nMonday to Friday, 9am to 5pm"],
                    ["Relay UK", f"18001 then {PHONE}\nFor people who cannot hear or speak on the phone"],
                    ["Email", EMAIL],
                    ["Post", ADDRESS],
                ],
                row_headers=True,
            ),
            text("<p>We will get back to you within 5 working days.</p>"),
            details(
                "Help to contact us",
                "<p>Tell us if you need help to get in touch. We can talk to you through an interpreter, "
                "or a BSL interpreter. We can also call you back at a time that suits you.</p>",
            ),
            heading("Complaints about NHS care"),
            text(
                "<p>If you are not happy with the care you had, speak to the service first. Most problems can "
                "be put right there. If that does not work, you can complain to us. Call us or email us and say "
                "that it is a complaint.</p>"
            ),
            warning(
                "Keep your health details safe",
                "<p>Please do not put details about your health in a forum post or a comment. Other people can "
                "read them. If you need to tell us something private, email or call us.</p>",
            ),
        ],
    },
]

FOOTER_LINKS = [("About us", ABOUT), ("How we involve people", HOW_WE_INVOLVE), ("Contact us", CONTACT)]


def build_home():
    """Fill in the home page, the general pages and the site settings. Returns summary lines."""
    site = Site.objects.get(is_default_site=True)
    _serve_site_at_admin_base_url(site)
    home = site.root_page.specific
    pages = {spec["slug"]: _content_page(home, spec) for spec in PAGES}

    lines = [publish(home, **resolve(HOME_PAGE, pages))]
    for spec in PAGES:
        fields = {name: value for name, value in spec.items() if name != "slug"}
        lines.append(publish(pages[spec["slug"]], **resolve(fields, pages)))

    site_settings = SiteSettings.for_site(site)
    site_settings.organisation_name = ORGANISATION_NAME
    site_settings.contact_phone = PHONE
    site_settings.contact_email = EMAIL
    site_settings.contact_address = ADDRESS
    site_settings.accessibility_statement = pages["accessibility-statement"]
    site_settings.privacy_notice = pages["privacy-notice"]
    site_settings.footer_links = [FooterLink(label=label, page=pages[ref.slug]) for label, ref in FOOTER_LINKS]
    site_settings.save()
    lines.append(f"Site settings: {ORGANISATION_NAME}, {PHONE}, {len(FOOTER_LINKS)} footer links")
    return lines


def _serve_site_at_admin_base_url(site):
    """Point the site at the address the demo is served on, so the sitemap and e-mails link
    to pages a person can open (http://127.0.0.1:8000 under `make run`)."""
    address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    site.hostname = address.hostname
    site.port = address.port or (443 if address.scheme == "https" else 80)
    site.save()


def _content_page(home, spec):
    """The demo page with this slug under home. A missing one starts as an empty, unpublished
    page, so that all pages exist before the links between them are filled in."""
    page = ContentPage.objects.child_of(home).filter(slug=spec["slug"]).first()
    if page is None:
        page = home.add_child(
            instance=ContentPage(title=spec["title"], slug=spec["slug"], summary=spec["summary"], live=False)
        )
    return page

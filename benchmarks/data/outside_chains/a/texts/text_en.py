# English phrase bank for the outside test chain "Kestrel".
# Every list is a pool of alternatives for one conversational step.
# Slots in {braces} are filled by make_chain.py (see README.md).

LANG = "en"

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


def fmt_date(d, rng):
    v = rng.random()
    if v < 0.5:
        return f"{d.day} {MONTHS[d.month - 1]}"
    if v < 0.8:
        suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return f"{MONTHS[d.month - 1]} {d.day}{suf}"
    return f"{d.day:02d}/{d.month:02d}"


def days_w(n):
    return f"{n} days" if n != 1 else "1 day"


def wdays_w(n):
    return f"{n} working days"


CITY = {"LDN": "London", "MCR": "Manchester", "BER": "Berlin", "HAM": "Hamburg",
        "JKT": "Jakarta", "SUB": "Surabaya", "OSL": "Oslo", "BGO": "Bergen",
        "MOW": "Moscow", "LED": "St Petersburg"}

NAMES_F = ["Emma", "Olivia", "Sophie", "Charlotte", "Hannah", "Lucy", "Grace", "Amelia",
           "Chloe", "Rachel", "Laura", "Jessica", "Megan", "Holly", "Priya", "Aisha",
           "Sarah", "Katie", "Zoe", "Ellie"]
NAMES_M = ["James", "Oliver", "Harry", "Jack", "Thomas", "Daniel", "Matthew", "Ryan",
           "Ben", "Sam", "Callum", "Liam", "Adam", "Mohammed", "Connor", "Luke",
           "Michael", "David", "Tom", "Alex"]
SURNAMES = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Thomas",
            "Roberts", "Walker", "Wright", "Robinson", "Thompson", "White", "Hughes",
            "Edwards", "Green", "Hall", "Wood", "Patel", "Khan", "Clarke", "Cooper", "Ward"]
SURNAMES_F = SURNAMES

PRODUCTS = [
    {"p": "coffee machine", "p_a": "a coffee machine"},
    {"p": "laptop", "p_a": "a laptop"},
    {"p": "washing machine", "p_a": "a washing machine"},
    {"p": "phone", "p_a": "a phone"},
    {"p": "hoover", "p_a": "a hoover"},
    {"p": "TV", "p_a": "a TV"},
    {"p": "tablet", "p_a": "a tablet"},
    {"p": "fridge freezer", "p_a": "a fridge freezer"},
    {"p": "printer", "p_a": "a printer"},
    {"p": "air fryer", "p_a": "an air fryer"},
    {"p": "electric toothbrush", "p_a": "an electric toothbrush"},
    {"p": "office chair", "p_a": "an office chair"},
    {"p": "smartwatch", "p_a": "a smartwatch"},
    {"p": "router", "p_a": "a router"},
    {"p": "speaker", "p_a": "a speaker"},
]

DEVICES = ["my iPhone", "my Android phone", "a Samsung tablet", "my work laptop",
           "Chrome on Windows", "my Mac", "a Pixel phone", "Safari on my iPad"]

DEPT = ["billing", "returns", "technical support", "card services", "delivery",
        "warehouse", "complaints"]

REFNAME = {
    "delivery": ["order number", "order number", "order reference"],
    "billing": ["invoice number", "invoice number", "account number"],
    "card": ["last four digits of the card", "card number, just the last four digits"],
    "account": ["customer number", "customer number", "account number"],
    "complaint": ["order or case number", "case number", "order number"],
    "technical": ["customer number", "order number", "account number"],
}

REF = {
    "delivery": ["order {order}", "order number {order}", "{order}"],
    "billing": ["invoice {invoice}", "invoice number {invoice}", "{invoice}"],
    "card": ["card ending {last4}", "the last four are {last4}", "ending in {last4}"],
    "account": ["customer number {custno}", "account {custno}", "{custno}"],
    "complaint": ["order {order}", "case number {case}", "reference {case}"],
    "technical": ["customer number {custno}", "order {order}", "account {custno}"],
}

# ---------------------------------------------------------------- agent greetings
agent_greet_chat_c = [
    "Hi {name}, thanks for getting in touch. How can I help today?",
    "Hello, you're chatting with {agent} from {brand}. What can I do for you?",
    "Hi there! {agent} here. Let me take a look at your message.",
    "Hello {name}, I'm {agent}. Happy to help with that.",
    "Hi, thanks for waiting. I'm {agent}, I'll look into this for you.",
    "Hello and welcome to {brand} chat. My name is {agent}.",
    "Hi {name}, {agent} from the {city} team here. Let's see what we can do.",
    "Hello! Sorry for the short wait. I've read your message.",
    "Hi, {agent} here. I'll have a look.",
    "Hi {name}, thanks for your patience. I'm looking at your message now.",
    "Hello {name}, you're through to {agent}.",
    "Hi! I've just read your message, let me help you with that.",
    "Good afternoon {name}, {agent} here from customer service.",
    "Hi {name}, thanks for contacting {brand}. I'm on it.",
    "Hello {name}! Sorry to hear about this. I'm {agent} and I'll help you.",
    "Hi, I'm {agent}. Thanks for the details so far.",
    "Morning {name}, {agent} here. Let's get this sorted.",
]
agent_greet_chat_r = [
    "Yes?",
    "What's the issue.",
    "Go ahead.",
    "Hi. What do you need?",
    "{agent}. What is it?",
    "Right, what now?",
    "Hi. Be quick please, the queue is long.",
    "What do you want me to do about it?",
    "Yeah, I'm here.",
    "Hello. Make it short.",
    "Mm. Go on.",
    "Chat's busy today. What is it?",
    "Ok. And?",
]
agent_greet_phone_c = [
    "Good morning, {brand} customer service, you're speaking to {agent}, how can I help?",
    "Thank you for calling {brand}, this is {agent}. How can I help you today?",
    "Hello, {brand} {city}, {agent} speaking.",
    "Hi, you're through to {agent} at {brand}, what can I do for you?",
    "{brand} customer service, good afternoon, {agent} speaking, how can I help?",
    "Hello, thanks for holding, my name's {agent}. What can I do for you?",
    "Good afternoon, {agent} here, how can I help?",
    "Hi there, {brand}, this is {agent}. Sorry about the wait. How can I help?",
    "Hello, you're speaking with {agent}. How can I help?",
    "Morning! {brand}, {agent} speaking.",
    "Thanks for calling, this is {agent} in the {city} team. How can I help you?",
    "Hello, {agent} at {brand}, what can I help with today?",
    "Hiya, {brand} customer care, {agent} speaking.",
]
agent_greet_phone_r = [
    "{brand}.",
    "Yeah, {brand}, what is it?",
    "Customer service. Go ahead.",
    "Hello. Yes?",
    "{agent}. What's the problem?",
    "Yep. What do you need?",
    "{brand}, hold on... right, go on.",
    "Yes, hello, what is it?",
    "Customer service, what's up?",
    "Mm, yes? Quickly please.",
]

# ---------------------------------------------------------------- customer opening
cust_hello = ["Hi,", "Hello,", "Hi there,", "Hello.", "Good morning,", "Hey,", "", "", "",
              "Hello, I hope you can help.", "Good afternoon.", "Hi {brand},", "Hi, quick question.",
              "Evening,", "Hello there."]
cust_hello_phone = ["Yes, hi, um,", "Hi, yeah,", "Hello, yes,", "Oh hi,", "Hi, good morning,",
                    "Yeah hello,", "Hi there, um,", "Hello, my name's {fullname},",
                    "Hi, it's {fullname} here,", "Yes hello,", "Oh, hello, right,",
                    "Hi, sorry, um,", "Hello, yeah, hi,"]

# Scenarios per topic: "p" = ways the customer states the problem, "s" = matching fixes
# (used when the contact is resolved).  Failures use the generic fail_* pools.
SCEN = {
    "delivery": [
        {"p": ["I ordered {p_a} on {date} and it still hasn't arrived.",
               "My order {order} was supposed to come on {date}, and nothing has turned up.",
               "Still waiting for the {p} I ordered on {date}. Where is it?"],
         "s": ["I can see the parcel got stuck at the depot. I've re-sent it by express, it'll be with you by {date2}.",
               "The parcel was held at the sorting centre. I've had it released and it's out for delivery on {date2}."]},
        {"p": ["The tracking for my parcel hasn't moved for {days_w}.",
               "Tracking has said 'in transit' for {days_w} now, is it lost?"],
         "s": ["The courier had it on a wrong route. It's been rerouted and should arrive by {date2}.",
               "I've checked with the courier, the parcel is lost, so I've sent a new {p} out today by express."]},
        {"p": ["The {p} I ordered arrived with a crushed box and it doesn't switch on.",
               "My {p} came today completely smashed, the box was torn open."],
         "s": ["I've arranged a replacement {p} to be sent out today at no cost, and the courier will take the damaged one back.",
               "I'm sorry about that. A new {p} is on its way and I've booked a collection for the broken one."]},
        {"p": ["I received the wrong item. I ordered {p_a} and got something completely different.",
               "The parcel I got has someone else's order in it, not my {p}."],
         "s": ["I've arranged for the courier to collect the wrong item and the right {p} goes out today.",
               "I've sent the correct {p} by express and emailed you a free return label for the other item."]},
        {"p": ["The courier says they delivered my order but there's nothing here.",
               "Tracking says delivered at 14:02 yesterday, but I never got anything."],
         "s": ["The driver's GPS shows a different street. I've opened a claim and refunded you {amount} in full.",
               "The courier confirmed it went to the wrong address. A replacement goes out today, no charge."]},
        {"p": ["I paid {amount2} for next-day delivery and it took {days_w}.",
               "I paid extra for express and it still came late."],
         "s": ["You're right, the express delivery wasn't met. I've refunded the {amount2} delivery charge.",
               "I've refunded the express fee of {amount2} to your card."]},
        {"p": ["Half of my order arrived, the {p} is missing.",
               "I got two boxes out of three, the {p} wasn't in them."],
         "s": ["The {p} was shipped separately and arrives tomorrow. Your tracking number is {case}.",
               "The missing {p} was left in the warehouse. It's been sent today and will arrive by {date2}."]},
        {"p": ["I was told delivery between 8 and 12 today and nobody came.",
               "I took the morning off for the delivery and no one showed up."],
         "s": ["I've booked a new slot for {date2} between 8 and 12, and refunded the delivery fee.",
               "The van broke down this morning. I've rebooked you for tomorrow morning, first drop of the day."]},
        {"p": ["I want to change the delivery address for order {order}, I don't think it's shipped yet.",
               "Can I still change where order {order} goes? I've put the wrong address."],
         "s": ["I've changed the delivery address, the order hasn't left the warehouse yet, so you're fine.",
               "Done, the new address is on the order and the driver will get the update."]},
        {"p": ["I ordered {p_a} for click and collect but the store says it never came in.",
               "I went to the {city} store to pick up my order {order} and they couldn't find it."],
         "s": ["The order is now at the {city} store, it was on the wrong shelf. You can pick it up from tomorrow morning.",
               "It had been sent to another store by mistake. I've had it moved, it'll be ready for you by {date2}."]},
        {"p": ["I got a text saying my delivery failed, but I was home all day.",
               "The driver left a card saying nobody was in. I was in all day."],
         "s": ["The parcel is at the local depot, I've asked them to redeliver tomorrow.",
               "I've rebooked the delivery for {date2} and added a note for the driver to call you."]},
        {"p": ["The app says my order was returned to sender. Why?",
               "My order {order} apparently went back to your warehouse and I never got it."],
         "s": ["It was sent back because of a missing house number. I've corrected it and resent the order free of charge.",
               "I've cancelled the order and refunded {amount}, since it came back to us. You'll get a confirmation email."]},
    ],
    "billing": [
        {"p": ["I've been charged twice for the same order, {amount} each time.",
               "There are two payments of {amount} for one order on my statement."],
         "s": ["You're right, there was a double charge. I've refunded {amount}, it'll be back in {days_w}.",
               "I can see the duplicate payment. The second {amount} is refunded and you'll see it in {days_w}."]},
        {"p": ["My last invoice is {amount2} higher than usual and I don't understand why.",
               "Why is this month's bill so much higher? Nothing changed on my side."],
         "s": ["The extra amount is a one-off activation fee, but I've waived it as a goodwill gesture.",
               "The difference was a fee that shouldn't apply to your plan. I've removed it and sent a corrected invoice."]},
        {"p": ["There's a charge of {amount} on my statement that I don't recognise.",
               "I've got a {amount} payment to {brand} and I have no idea what it's for."],
         "s": ["That's the annual membership fee. You didn't want it, so I've cancelled the membership and refunded it.",
               "It was a pre-order you placed in the app last month. I've cancelled it and refunded the {amount}."]},
        {"p": ["I returned {p_a} on {date} but the refund of {amount} hasn't come through.",
               "Where is my refund? I sent the {p} back on {date}."],
         "s": ["I've found the refund, it was stuck. It's been released now and you'll get {amount} back in {days_w}.",
               "The return was received but not booked. I've processed the refund of {amount} just now."]},
        {"p": ["I cancelled my subscription but you still took {amount2} this month.",
               "You charged my subscription again although I cancelled it on {date}."],
         "s": ["The subscription was still active by mistake. I've cancelled it and refunded this month's payment.",
               "I can see your cancellation from {date}. The payment of {amount2} is refunded and nothing more will be taken."]},
        {"p": ["The price at checkout was {amount2} but I was charged {amount}.",
               "The shelf price and what I paid at the till don't match."],
         "s": ["I've corrected the price and refunded the difference.",
               "The till had the old price. I've refunded the difference to your card."]},
        {"p": ["I got a reminder letter with a late fee, but I paid invoice {invoice} on time.",
               "Why am I getting a reminder? Invoice {invoice} was paid on {date}."],
         "s": ["Your payment was booked to the wrong invoice. I've fixed it and removed the late fee.",
               "The late fee was our error, I've removed it from your account and stopped the reminders."]},
        {"p": ["I was promised a discount of {amount2} and it's not on the bill.",
               "The discount your colleague promised me isn't on the invoice."],
         "s": ["I've applied the {amount2} discount and emailed you a corrected invoice.",
               "I found the note about the discount. It's on the account now and the invoice is corrected."]},
        {"p": ["I need a copy of my invoice from {date} for my employer, and I can't download it.",
               "Can you send me the invoice for my order from {date}? It's not in my account."],
         "s": ["I've sent a copy of the invoice from {date} to your email address just now.",
               "The invoice is in your inbox now, and I've also made it downloadable in your account."]},
        {"p": ["The refund went to an old card that's been cancelled.",
               "You refunded me to a card I don't have any more."],
         "s": ["I've redirected the refund to your current card. It'll be there in {days_w}.",
               "The payment bounced back to us, so I've sent the {amount} to your new card instead."]},
        {"p": ["My instalment plan shows the wrong amount, it should be {amount2} a month.",
               "The monthly instalment went up and nobody told me why."],
         "s": ["I've corrected the instalment amount to {amount2} from next month and refunded the difference.",
               "The plan was set up with the wrong term. It's fixed now, {amount2} a month as agreed."]},
        {"p": ["You've charged me a delivery fee even though my order was over the free delivery limit.",
               "Why did I pay for delivery? The order was well over the limit."],
         "s": ["The delivery fee shouldn't have been charged, I've refunded it.",
               "You're right, it qualified for free delivery. The fee is refunded."]},
    ],
    "card": [
        {"p": ["My card was declined at the till today even though there's money on the account.",
               "My card got declined twice this morning, I was so embarrassed."],
         "s": ["The card was stopped by the fraud check. I've unblocked it, it should work now.",
               "There was a temporary block after an unusual payment. I've lifted it, try again now."]},
        {"p": ["I think I lost my card yesterday, I need to block it.",
               "My wallet was stolen, please block my card."],
         "s": ["I've blocked the card ending {last4} and ordered a new one. It'll arrive in {days_w}.",
               "The card is blocked now, nobody can use it. A replacement is on its way."]},
        {"p": ["My new card hasn't arrived, it was sent out on {date}.",
               "The replacement card still hasn't come, it's been {days_w}."],
         "s": ["The card was returned to us as undeliverable. I've sent a new one to your correct address.",
               "I've cancelled the card in the post and ordered a new one by tracked delivery."]},
        {"p": ["I can't remember my PIN and now the card is blocked.",
               "I typed the wrong PIN three times and now it's locked."],
         "s": ["I've reset the PIN block. You can use the card again right away.",
               "I've unlocked the PIN and sent you a reminder letter, it'll arrive in {days_w}."]},
        {"p": ["There's a payment of {amount} on my card that I didn't make.",
               "Someone paid {amount} with my card on {date}, it wasn't me."],
         "s": ["I've blocked the card, opened a dispute for the {amount} and you'll get a provisional credit today.",
               "I've raised a fraud claim for the {amount}. The money is credited back while we investigate, and a new card is on its way."]},
        {"p": ["The contactless payment stopped working on my card.",
               "Tap to pay doesn't work any more, I have to put the PIN in every time."],
         "s": ["I've turned contactless back on for your card, try it again in a minute.",
               "Contactless was switched off after a chip-and-PIN check. It's reset now, just do one PIN payment first."]},
        {"p": ["I want to raise the limit on my store card.",
               "Could my card limit go up to {amount}?"],
         "s": ["I've raised your limit, it's active immediately.",
               "Your new limit of {amount} is approved and already active."]},
        {"p": ["My card got swallowed by the machine in the {city} store.",
               "The payment terminal in your {city} shop kept my card."],
         "s": ["The card has been destroyed for safety, I've ordered a new one free of charge.",
               "The store has your card, you can collect it tomorrow with ID. I've made a note."]},
        {"p": ["I'm going abroad next week and my card was blocked last time, can you check?",
               "I'm travelling on {date2}, will my card work abroad?"],
         "s": ["I've added a travel note to your card, so it won't be blocked abroad.",
               "All set, the card is cleared for use abroad until the end of the month."]},
        {"p": ["I'd like to cancel my store card ending {last4}.",
               "Please close my store card, I don't use it any more."],
         "s": ["I've cancelled the store card ending {last4}. You'll get a written confirmation.",
               "The card is closed and the balance is zero, so there's nothing more to pay."]},
        {"p": ["Points from my loyalty card haven't been added since {date}.",
               "My loyalty points are missing from my last three purchases."],
         "s": ["The missing points have been added now, {points} points in total.",
               "The card wasn't linked to your account after the renewal. I've linked it and added {points} points."]},
        {"p": ["The chip on my card is damaged, it doesn't work any more.",
               "My card is cracked and the machines won't read it."],
         "s": ["I've ordered a replacement card with the same number, it'll be there in {days_w}.",
               "A new card is on its way, and you can use the app to pay in the meantime."]},
    ],
    "account": [
        {"p": ["I can't log in to my account, it says my password is wrong but I just reset it.",
               "The password reset doesn't work, I still can't get in."],
         "s": ["I've reset your password. You'll get a link by email in a minute.",
               "The old reset link had expired. I've sent a fresh one, it works for 24 hours."]},
        {"p": ["I moved house and need to update my address.",
               "Can you change my address? I moved on {date}."],
         "s": ["Your address is updated. The next invoices will go to the new address.",
               "Done, the new address is saved for deliveries and letters."]},
        {"p": ["My account got locked after a few wrong attempts.",
               "The account says it's locked and I can't do anything."],
         "s": ["I've unlocked your account, you can log in again now.",
               "The lock is lifted. I'd suggest resetting the password to be safe."]},
        {"p": ["I'd like to change the email address on my account.",
               "My old email doesn't work any more, can you update it?"],
         "s": ["I've changed the email address, please confirm it with the link we've just sent.",
               "The new email address is saved. You'll get a confirmation there."]},
        {"p": ["Someone else's orders are showing up in my account.",
               "There are orders in my account that aren't mine."],
         "s": ["I've removed the orders that didn't belong to you and reported the error to IT.",
               "Two accounts had been linked by mistake. They're separated now."]},
        {"p": ["I want to close my account and delete my data.",
               "Please close my account, I don't want to be a customer any more."],
         "s": ["I've started the account closure, you'll get a confirmation within {days_w}.",
               "The closure request is in and your data will be deleted as required. Confirmation comes by email."]},
        {"p": ["I'm not getting the verification code by text.",
               "The login code never arrives on my phone."],
         "s": ["Your old number was still on file. I've updated it, so the codes will go to the new one.",
               "I've switched the code to email for now, try logging in again."]},
        {"p": ["My name is spelled wrong on the account and on the invoices.",
               "You've got my surname wrong on everything."],
         "s": ["The spelling of your name is corrected on the account and on future invoices.",
               "Fixed. New invoices will show your name correctly."]},
        {"p": ["I merged my two accounts and now my order history is gone.",
               "All my old orders disappeared from my account."],
         "s": ["I've restored your order history, it was just hidden after the merge.",
               "The history is back. It had stayed on the old account and I've moved it across."]},
        {"p": ["The account says I'm not a member any more, but I paid the annual fee on {date}.",
               "My membership shows as expired even though I renewed it."],
         "s": ["Your membership is active again, it was a payment matching error on our side.",
               "I found your payment from {date} and the membership is reactivated until next year."]},
        {"p": ["I want to add my partner as a second card holder on the account.",
               "Can my partner get a card on my account?"],
         "s": ["I've added your partner as a second card holder, the card will arrive separately.",
               "Done, the second card is ordered and will come in {days_w}."]},
        {"p": ["The app logs me out every few minutes.",
               "I keep getting thrown out of my account in the app."],
         "s": ["There were too many old sessions on your account. I've cleared them, it should stay logged in now.",
               "I've reset your app sessions. Log in once more and it'll remember you."]},
    ],
    "complaint": [
        {"p": ["I want to complain about how I was treated in your {city} store on {date}.",
               "The way I was spoken to in the {city} store on {date} was unacceptable."],
         "s": ["I'm really sorry about that. I've passed it to the store manager and credited {amount2} to your account as an apology.",
               "I've logged the complaint with the {city} store manager, who will follow it up, and added a {amount2} voucher to your account."]},
        {"p": ["The {p} I bought on {date} broke after two weeks and the store refused to take it back.",
               "My {p} stopped working after a fortnight and the shop wouldn't exchange it."],
         "s": ["I've approved the return, you can bring the {p} back to any store for a full refund.",
               "That should have been accepted. I've authorised an exchange, and any store will swap it."]},
        {"p": ["I've been promised a call back three times and nobody ever called.",
               "Nobody ever calls back, I've asked three times now."],
         "s": ["I'm sorry. I've dealt with the original request myself now, the refund of {amount} is on its way.",
               "I've taken over your case and sorted it: the replacement is ordered and you'll get it by {date2}."]},
        {"p": ["The person I spoke to last week promised me a refund and it never happened.",
               "I was promised {amount} back last week. Still nothing."],
         "s": ["I've checked the notes and the refund promised last week is now paid out.",
               "The refund was approved but never sent. I've sent it now, {amount} in {days_w}."]},
        {"p": ["I paid {amount2} for an extended warranty and now you say it doesn't cover the repair.",
               "What's the point of the warranty if you won't repair my {p}?"],
         "s": ["You're right, the warranty does cover this. I've booked the repair free of charge.",
               "I've checked your warranty terms and the repair is covered. Collection is booked for {date2}."]},
        {"p": ["Your advert said {amount2} but in the store it was {amount}.",
               "The online price and the store price were different and I paid the higher one."],
         "s": ["I've refunded the difference between the advertised price and what you paid.",
               "We do match our own online prices, so I've refunded the difference to your card."]},
        {"p": ["The repair of my {p} has now taken {days_w} longer than promised.",
               "My {p} has been at your repair centre for weeks."],
         "s": ["I've escalated the repair delay and arranged a replacement {p} instead.",
               "The repair is finished now and I've arranged delivery for {date2}, with the delivery fee waived."]},
        {"p": ["The installer left a mess and scratched my kitchen floor.",
               "Your installation team damaged my floor and didn't even clean up."],
         "s": ["I've arranged for the installer to come back and repair the damage at our cost.",
               "I'm very sorry. A claim is opened and our contractor will call to fix the floor, at no cost to you."]},
        {"p": ["I got a {p} that was clearly used, with scratches all over it.",
               "The 'new' {p} you sent me has fingerprints and scratches, it's obviously been used."],
         "s": ["I've given you a full refund for the used item and emailed you a return label.",
               "A brand-new {p} is on its way and the courier will take the used one back."]},
        {"p": ["I've sent three emails about the same problem and got three different answers.",
               "Every time I write I get a different answer from you."],
         "s": ["I've gone through all three emails and closed the case properly: you get the full {amount} back.",
               "I'm sorry for the confusion. I've sorted it in one go: the exchange is approved and the courier comes on {date2}."]},
        {"p": ["Your store in {city} closed early and I had come specially to pick up my order.",
               "I travelled to the {city} store to collect my order and it was shut an hour early."],
         "s": ["I'm sorry. I've arranged free home delivery of your order for {date2} instead.",
               "I've refunded your delivery fee and the order will be brought to you tomorrow."]},
        {"p": ["I want to make a formal complaint about the way my return was handled.",
               "Your returns process is a disaster and I want it on record."],
         "s": ["I've logged the formal complaint and completed the return, the refund of {amount} is on its way.",
               "I've registered the complaint and closed the return in your favour."]},
    ],
    "technical": [
        {"p": ["The app crashes every time I try to open my orders.",
               "Your app closes as soon as I tap on 'My orders'."],
         "s": ["We had a bug in the app yesterday. If you update to the latest version it works again.",
               "It's a known issue with the last version. The update is out now, please install it and it'll be fine."]},
        {"p": ["I can't pay on the website, it just says 'error 502'.",
               "The payment page keeps failing with an error."],
         "s": ["The payment page had an outage this morning. It's back up, and I've kept your basket for you.",
               "I've taken the payment here instead, the order is confirmed."]},
        {"p": ["The {p} I bought from you won't connect to the Wi-Fi.",
               "I can't get my new {p} onto the Wi-Fi."],
         "s": ["Try holding the reset button for ten seconds, that fixes it on this model. ... There, it's connected now.",
               "It needs the 2.4 GHz network, not the 5 GHz one. Once you pick that it connects. Great, it's online."]},
        {"p": ["My order confirmation never arrived by email.",
               "I didn't get any confirmation for my order."],
         "s": ["I've resent the order confirmation to your email.",
               "The email had a typo in it. I've corrected it and sent the confirmation again."]},
        {"p": ["The website keeps emptying my basket at checkout.",
               "Every time I go to pay, my basket is empty again."],
         "s": ["I've cleared the basket issue on your account, you can check out now.",
               "Your saved basket was corrupted. I've reset it, please add the items again and it'll work."]},
        {"p": ["The software update last night broke my {p}, it won't start properly.",
               "Since the update my {p} just restarts over and over."],
         "s": ["I've rolled back the update on your {p} remotely, please restart it.",
               "There's a fix for that update. Hold the power button for 15 seconds and it installs. ... Yes, that's it working now."]},
        {"p": ["I can't download the invoice, the PDF is empty.",
               "The invoice PDF opens as a blank page."],
         "s": ["I've generated the invoice again, the PDF is in your inbox now.",
               "The file was broken on our side. I've re-created it and emailed it to you."]},
        {"p": ["The app won't accept my card, it says the details are invalid.",
               "Adding my card in the app always fails."],
         "s": ["The app had your old billing address. I've updated it and the card goes through now.",
               "I've removed the old expired card that was blocking it. You can add the new one now."]},
        {"p": ["The setup code for the {p} doesn't work.",
               "The activation code in the box for my {p} is rejected."],
         "s": ["I've sent you a new setup code by text.",
               "That code batch was faulty. Here's a new one by email, it works, I've tested it."]},
        {"p": ["Push notifications from the app are coming in every five minutes.",
               "The app keeps spamming me with notifications."],
         "s": ["I've turned off the extra notifications in your profile settings.",
               "There was a bug sending duplicates. It's fixed now and I've reset your notification settings."]},
        {"p": ["The {p} shows error code E4 and stops after a minute.",
               "My {p} keeps showing E4 and switching itself off."],
         "s": ["E4 means the filter needs cleaning. Once you clean it, it'll run normally.",
               "That's the overheating sensor. Clean the vent at the back and it'll run normally again."]},
        {"p": ["The voucher code {case} is rejected at checkout.",
               "My discount voucher doesn't work on the website."],
         "s": ["The voucher was linked to the wrong account. I've fixed it, it should work now.",
               "I've applied the voucher to your order manually, the discount is on."]},
    ],
}

tone_neg = [
    "This is the third time I'm contacting you about this.",
    "Honestly, I'm really fed up.",
    "I'm not happy at all.",
    "This is absolutely ridiculous.",
    "Nobody seems to know what they're doing.",
    "I've wasted my whole morning on this.",
    "I expected a lot better from {brand}.",
    "Frankly this is unacceptable.",
    "I'm seriously thinking about taking my business elsewhere.",
    "I'm really annoyed, I needed this sorted days ago.",
    "Your service has gone downhill badly.",
    "Why is it always so complicated with you?",
    "I've had enough of being passed around.",
    "I'm very disappointed, to be honest.",
    "It's a complete mess.",
    "I've been patient long enough.",
    "This is not how you treat customers.",
    "Every time I deal with you something goes wrong.",
    "Nobody ever gets back to me.",
    "I want this fixed today, not next week.",
]
tone_pos = [
    "I've been a customer for years and never had a problem before, so I'm sure it's a one-off.",
    "Your colleagues have always been really helpful, so hopefully this is easy.",
    "Thanks in advance for your help!",
    "No rush, I just wanted to let you know.",
    "Love the new store in {city} by the way.",
    "I'm sure it's just a small mix-up.",
    "Otherwise I'm really happy with everything.",
    "Hope you're having a good day!",
    "You sorted something similar for me last year really quickly, so fingers crossed.",
    "Really appreciate you looking into it.",
    "The {p} itself is great, it's just this one thing.",
    "I know you're busy, thank you for taking the time.",
    "Great service so far, just this little problem.",
    "Thanks so much, you're always quick to reply.",
    "Not a big deal, just want to get it sorted.",
]
tone_neu = [
    "Could you have a look, please?", "Can you help?", "What can I do?",
    "Could you check what's going on?", "How can I fix this?", "Please let me know what to do.",
    "Can you tell me what happened?", "I'd like to get this sorted.", "What are my options?",
    "Could you look into it?", "", "", "", "Is there anything you can do?",
    "I'd appreciate an update.", "What do you need from me?",
]
repeat_neu = [
    "I already contacted you about this on {prevdate}.",
    "I spoke to one of your colleagues about this a couple of days ago.",
    "It's a follow-up to my message from {prevdate}.",
    "I was told on {prevdate} it would be sorted, but it's still the same.",
    "This is about the same issue as last time.",
    "I called about this already on {prevdate}.",
    "My case from {prevdate} is still open I think.",
    "Someone said they'd get back to me, but I haven't heard anything.",
]
repeat_neg = [
    "I already contacted you on {prevdate} and NOTHING has happened.",
    "Second time now. Nobody called me back like they promised.",
    "I was promised on {prevdate} this would be fixed. It wasn't.",
    "How many times do I have to explain this? I was in touch on {prevdate} already.",
    "Your colleague on {prevdate} said it was all sorted. Clearly not.",
    "Again the same problem, again I have to chase you.",
    "I've already explained all this on {prevdate}, do you not keep notes?",
    "Nobody got back to me after my last contact. Typical.",
]
wait_complaint = [
    "Finally! I've been on hold for ages.",
    "I've been waiting over twenty minutes to get through.",
    "Do you know how long I've been in that queue?",
    "Half an hour listening to that music, seriously.",
    "I nearly gave up, the wait was endless.",
    "It took forever to get through to anyone.",
]

# ---------------------------------------------------------------- agent asks
ask_c = [
    "Could you give me your {refname}, please?",
    "Sure, can I have the {refname}?",
    "Let me look into that. What's the {refname}?",
    "I'm sorry to hear that. Can you confirm your {refname} for me?",
    "Right, let's get that checked. Could you send me the {refname}?",
    "Of course. First I just need your {refname}.",
    "Thanks for explaining. Do you have the {refname} to hand?",
    "Oh no, that's annoying. What's the {refname}, so I can find it?",
    "I can help with that. Which {refname} is it about?",
    "Okay. To find your details, could you give me the {refname}?",
    "Thanks, {name}. Just to confirm, what's the {refname}?",
    "Sorry about that. When did this happen exactly, and what's the {refname}?",
    "No problem, I'll check. Can you tell me the {refname}?",
    "Understood. Could you pass me the {refname}, please?",
    "That shouldn't happen. Let me find your details, the {refname} please?",
    "Got it. And do you have the {refname}?",
]
ask_r = [
    "{refname}.",
    "Number?",
    "I need the {refname}. Obviously.",
    "Give me the {refname} then.",
    "And the {refname}? I can't do anything without it.",
    "Ok. {refname}?",
    "Have you got the {refname} or not?",
    "You didn't give the {refname}. I need it.",
    "What's the {refname}. Quickly.",
    "Just the {refname}, please, no need for the whole story.",
    "Right. {refname}.",
    "I can't guess. {refname}?",
    "Send the {refname} first.",
    "Did you even check the {refname}?",
]
details = [
    "It's {ref}.", "Sure, {ref}.", "{ref}. It started on {date}.", "Here you go: {ref}.",
    "{ref}. The account is under {fullname}.",
    "I think it's {ref}, let me double-check... yes, that's it.", "It should be {ref}.",
    "Ok, {ref}. It happened on {date}.", "{ref}, and it's in the name of {fullname}.",
    "It's {ref}. I also have the confirmation email if you need it.", "Yes, {ref}.",
    "That's {ref}.",
    "Sorry, took a second to find it. {ref}.", "{ref}, from {date}.",
]
hold_c = [
    "Thanks. One moment while I check.", "Thank you, let me pull that up.",
    "Great, give me a minute.", "Thanks, I'm checking now.", "Okay, bear with me a moment.",
    "Let me have a look at that for you.", "Thanks {name}, I'll check the system.",
    "Perfect, one second.", "Thanks, I can see it now. Just checking the details.",
    "Lovely, let me have a look.", "Thank you. Checking the system now, won't be long.",
    "Got it, thanks. One moment please.",
]
hold_r = [
    "Wait.", "Hold on.", "Checking.", "Moment.", "Ok, wait.", "Give me a sec.",
    "Don't close the chat.", "Hang on, system's slow.", "Right. Wait.",
    "One minute. Don't write anything else.",
]

sol_pre_c = ["", "", "Thanks for waiting.", "Okay, I've found it.", "Thanks for your patience.",
             "Right, I've had a look.", "Good news.", "I've checked it for you.",
             "Sorry about the trouble.", "Thanks, I can see what happened.", "I'm sorry about this.",
             "I've looked into it.", "Thanks {name}.", "Okay, so."]
sol_pre_r = ["", "Ok.", "Right.", "Fine.", "Done.", "Not rocket science.",
             "You could have done this yourself in the app.", "This happens all the time.",
             "Read the emails we send, it's all there.", "Yeah, yeah."]
sol_post_c = ["Is there anything else I can help with?", "Anything else I can do for you?",
              "I hope that helps!", "Let me know if anything else comes up.",
              "Sorry again for the hassle.", "You'll get a confirmation email shortly.", "", "",
              "Hope that sorts it!", "Feel free to get in touch if it doesn't work.",
              "Thanks for letting us know.", "All the best!"]
sol_post_r = ["", "", "That's it.", "Anything else?", "Next time check the app first.",
              "It's all on the website, by the way.", "Ok?", "That's all.", "Bye."]

# ---------------------------------------------------------------- failures (unresolved)
fail_callback_c = [
    "I can't fix this from here, but I've asked the {dept} team to call you back within {days_w}.",
    "I'm sorry, I don't have access to that. A colleague will call you back by {date2}.",
    "I've logged a request and someone will get back to you within 48 hours.",
    "Unfortunately the system won't let me change that today. I've set up a callback for tomorrow.",
    "I need to check with a specialist first. We'll call you back as soon as we know more.",
    "I can't see the details yet. I've made a note and we'll contact you by {date2}.",
    "I'm afraid this needs approval from my manager. I'll call you back once I have it.",
    "It's not something I can sort out right now, sorry. You'll get a call from us in the next few days.",
    "The system is down at the moment. I've noted your case and we'll ring you back.",
    "I've passed on all the details. Expect a call from us within {days_w}.",
]
fail_callback_r = [
    "Can't do it now. Someone will call you.",
    "Not my area. You'll get a call. Probably.",
    "System's down. We'll call you back, I don't know when.",
    "I've made a note. Wait for the call.",
    "Someone will get back to you. That's all.",
    "I can't see anything. Wait for a callback.",
]
fail_escalate_c = [
    "I'm sorry, this needs to go to our complaints team. I've escalated it and they'll be in touch.",
    "This is beyond what I can approve, so I've escalated it to a supervisor with all the details.",
    "I've passed your case to the specialist team, case number {case}. They usually reply within {days_w}.",
    "I can't decide on the refund myself, I've forwarded it to the back office.",
    "I've escalated it as urgent. I'm sorry it's not solved today.",
    "I've raised it with the technical team, they'll look into it. I'm afraid I can't do more right now.",
    "Unfortunately I can't fix it from here. I've opened a ticket with the {dept} team.",
    "I've forwarded everything to my manager. You'll hear from us in writing.",
]
fail_escalate_r = [
    "Not something I can do. I've passed it on.",
    "Escalated. Case {case}. That's it for now.",
    "I've sent it upstairs. Wait.",
    "It's gone to the back office. Don't ask me how long.",
    "Forwarded. Nothing more I can do.",
]
fail_transfer_c = [
    "This is handled by the {dept} team, I'll transfer you now. Sorry for the wait.",
    "I'll put you through to a colleague who deals with this.",
    "Let me transfer you to {dept}, they can access that.",
    "I'm going to connect you with our specialist team, please stay on the line.",
    "The right people for this are in the {dept} team. I'm transferring you.",
]
fail_transfer_r = [
    "Wrong department. Transferring.", "Not us. I'll put you through.",
    "That's {dept}. Hold.", "I'll transfer you. Don't hang up.",
]
fail_nohelp_c = [
    "I'm really sorry, but I can't change that. The policy doesn't allow it.",
    "Unfortunately there's nothing I can do about it at this stage.",
    "delivery,complaint,billing::I'm afraid the return period has passed, so I can't accept it any more.",
    "delivery,complaint,billing,technical::I'm sorry, I can't find the order at all in our system. Could you check the number and contact us again?",
    "billing,complaint,delivery::I understand it's frustrating, but I'm not able to refund this.",
    "Sorry, I don't have an answer for you today. It's best to try again later this week.",
    "technical,account,card::I've tried everything I can from here and it still doesn't work. I'm sorry.",
    "complaint,technical::Unfortunately the warranty doesn't cover this kind of damage.",
    "billing,card::I'm afraid I can't see why it happened. You may need to contact your bank.",
    "I'm sorry, I can't make an exception here.",
    "delivery,complaint::There's no stock left and I can't tell you when it will be back, sorry.",
    "delivery::I'm afraid we can't do anything until the courier finishes their investigation.",
]
fail_nohelp_r = [
    "Can't do anything about it.",
    "That's the policy. Nothing to discuss.",
    'Not possible. Sorry.',
    'delivery,complaint,billing::Well, you should have returned it in time.',
    "delivery,complaint,billing,technical::I don't see any order. Check your number.",
    "No. We don't do that.",
    "I can't help you with that, no.",
    "That's how it is. Try later.",
    'Rules are rules.',
    "technical,account,card,complaint::If it doesn't work, it doesn't work. Not much I can do.",
]

# ---------------------------------------------------------------- blame
blame_fix = [
    "Honestly, this is the warehouse's mess again, not ours.",
    "To be clear, it's billing that got this wrong, not me.",
    "It was the courier's fault, they never scanned it properly.",
    "The back office messed this up, as usual.",
    "This is what happens when the store doesn't pass things on.",
    "Our IT people broke this with the last update, nothing to do with us here.",
    "The returns department should have done this weeks ago.",
    "The {city} store entered it wrong, we just clean up after them.",
    "I'm sorry, our warehouse mixed this up, it wasn't something we could see from here.",
    "Unfortunately the billing team made the error, I've just corrected it for them.",
    "It's the warehouse again. They lose half the paperwork.",
]
blame_push = [
    "That's the warehouse's fault, not mine. You'll have to take it up with them.",
    "Billing messed that up, call them.",
    "That's the courier's problem, not ours. Ring them.",
    "The store sold it to you, so the store has to sort it out, not us.",
    "I don't know what billing was thinking. You need to speak to them directly.",
    "That's IT's mistake, I can't fix their bugs.",
    "The returns team lost it, not me. Write to them.",
    "Honestly, the back office always does this.",
    "Whoever you talked to last time gave you wrong information. Not my fault.",
    "The card department blocked it, so ask them, I have no access.",
    "It's the warehouse again. Call them directly.",
    "I'm sorry, but this was the billing department's mistake and only they can fix it.",
    "Unfortunately it's the delivery team that got it wrong, you'd need to contact them.",
]

# ---------------------------------------------------------------- follow-up questions
# follow-up question -> courteous answer (aligned pairs)
FU_RES = [
    ("How long will that take?", "Usually {days_w}, often quicker."),
    ("Will I get a confirmation?", "Yes, you'll get an email confirmation within the hour."),
    ("Do I need to do anything else?", "No, nothing else needed from your side."),
    ("And will it show on my account straight away?", "It can take up to a day to show, but it's done."),
    ("Can you send that to me in writing?", "Yes, I've just sent it to your email."),
    ("So I don't need to come to the store?", "No need to come in, it's all done."),
    ("Will I get an email about it?", "Yes, you'll get an email in the next few minutes."),
    ("Is that definitely done now?", "Yes, it's done, you'll see it in the app too."),
    ("Do I need to keep the receipt?", "Please keep it just in case, but it's all processed."),
    ("Okay, and when exactly?", "By {date2} at the latest."),
]
FU_UNRES = [
    ("So what am I supposed to do now?", "For now please wait for our call, I've noted everything."),
    ("And how long will that take?", "It usually takes {days_w}, but I can't promise a date."),
    ("Can't you just do it now?", "I'm sorry, I really can't do it from here."),
    ("Is there really nobody who can help me today?", "I've asked my supervisor, but they can't approve it today either."),
    ("Can I speak to a manager?", "I can ask a manager to call you back, I've added that to the case."),
    ("Will someone actually call me this time?", "Yes, I've marked it as urgent and noted that you've already contacted us."),
    ("So I just wait?", "I'm afraid so, I'm sorry. You'll hear from us."),
    ("What if nobody gets back to me?", "Then please contact us with reference {case} and we'll chase it."),
    ("Can you at least give me a reference number?", "Of course, your reference is {case}."),
    ("Why can't you fix it yourself?", "I don't have access to that system, unfortunately."),
    ("And in the meantime?", "In the meantime there's unfortunately nothing more I can do, sorry."),
]
fu_a_res_r = ["Yes.", "Like I said, {days_w}.", "It's in the email.", "No.", "Check the app.",
              "Yes, it's done. I already said.", "Whenever the bank processes it."]
fu_a_unres_r = ["Wait.", "No.", "I already told you.", "Manager's not available.",
                "I don't know. Ask them.", "Nothing I can do, I said.", "Reference is {case}. Bye."]

# ---------------------------------------------------------------- customer closings
close_res_pos = ["Thank you so much, that's brilliant!", "Perfect, you've been really helpful, thanks!",
                 "Wow, that was quick. Thanks a lot!", "Great, thank you {agent}, have a nice day!",
                 "Thank you, really appreciate it.", "Fantastic, thanks for sorting that so fast.",
                 "Lovely, that's all I needed. Thanks!", "That's great news, thank you!",
                 "Brilliant, cheers!", "Thanks, you've made my day.", "Super, thank you very much!",
                 "Thanks {agent}, really good service.", "Amazing, thanks for the help!",
                 "Perfect. Thanks again!", "Thank you, that was easy."]
close_res_neu = ["Ok, thanks.", "Alright, thank you.", "Fine, thanks.", "Okay, got it.",
                 "Good, thank you.", "Thanks, bye.", "Ok, I'll wait for the email then.",
                 "Understood, thanks.", "That's everything, thanks.", "Ok. Thank you.",
                 "Right, thanks for checking.", "Ok, I'll check it tomorrow.", "Good. Bye.",
                 "Thanks, that should do it.", "Ok, noted."]
close_res_neg = ["Fine. Took long enough.", "Okay. Shouldn't have needed three contacts for this.",
                 "Finally. Let's hope it actually works this time.",
                 "Right. I'll believe it when I see the money.",
                 "Ok. But this really shouldn't have happened.", "Whatever, as long as it's done.",
                 "Fine. But I'm not impressed.",
                 "Good, but I still want it noted that this was a mess.", "About time.",
                 "Ok. Next time I'll go somewhere else.", "Alright. Should have been done the first time.",
                 "Fine, thanks I suppose.", "Let's see if it actually arrives this time."]
close_unres_pos = ["Okay, no worries, thanks for trying.", "Alright, thanks anyway.",
                   "Ok, I'll wait then. Thanks for your help.", "Fine, I understand. Thanks.",
                   "Ok, thanks for explaining.", "No problem, I'll wait to hear from you. Thanks!"]
close_unres_neu = ["Ok, I'll wait for the call then.", "So I'll have to call again. Ok.",
                   "Alright, I'll try again tomorrow.", "Ok. I'll wait to hear from them.",
                   "I see. I'll contact them then.", "Okay, so nothing today. Bye.",
                   "Right, I'll check again next week.", "Ok, I'll look for my receipt and come back.",
                   "Hm, ok. I'll wait.", "Fine, I'll call back later.", "Ok, understood.",
                   "I'll try the other number then."]
close_unres_neg = ["Unbelievable. So I'm still stuck.", "Great, so nothing's fixed. Again.",
                   "This is useless. I'll have to call again.", "So I wasted an hour for nothing.",
                   "Fantastic. Thanks for nothing.", "I'm going to write a complaint about this.",
                   "That's just not good enough.", "So what's the point of this service?",
                   "Right. I'll take it up elsewhere.", "Every time the same. Nobody can help.",
                   "Forget it.", "I'm closing my account if this isn't sorted by Friday.",
                   "Typical. Nobody takes responsibility.", "I can't believe this.",
                   "Well, that was a waste of time."]

agent_close_res_c = ["You're welcome, have a great day!", "Glad I could help. Take care!",
                     "No problem at all. Bye for now.", "My pleasure, {name}. Have a nice evening.",
                     "Thanks for contacting {brand}. Goodbye!", "You're welcome. Enjoy your weekend!",
                     "Happy to help. Bye!", "Thanks for your patience, {name}. Have a good day.",
                     "Anytime. Take care.", "Thank you for calling, goodbye."]
agent_close_unres_c = ["Sorry again that I couldn't do more today. Take care.",
                       "I understand, and I'm sorry. Goodbye.",
                       "Thanks for your understanding, {name}. Bye for now.",
                       "Sorry for the trouble. We'll be in touch.",
                       "I'm sorry it's not sorted yet. Have a good day anyway.",
                       "Thank you for your patience. Goodbye."]
agent_close_r = ["Bye.", "Ok. Bye.", "Anything else? No? Bye.", "Right.", "Ok.", "Bye then.",
                 "That's all.", "Next."]

# ---------------------------------------------------------------- phone / chat extras
fillers_c = ["um,", "uh,", "erm,", "so,", "well,", "yeah,", "like,", "I mean,"]
fillers_a = ["so,", "okay,", "right,", "um,", "alright,"]
backchannel_a = ["Mm-hm.", "Okay.", "Right.", "Yeah.", "I see.", "Sure."]
backchannel_c = ["Yeah.", "Mm.", "Okay.", "Right.", "Uh-huh."]
phone_drop = ["Hello? Hello, can you hear me?", "Sorry, you're breaking up...",
              "Hello? Are you still there?", "Hello? I think the line's gone..."]
phone_hold_long = ["I'll just put you on hold for a moment.", "Can I put you on hold for a minute?"]
chat_left = ["The customer has left the chat.", "Chat ended: customer disconnected."]
bot_hello = ["Hi! I'm Kes, the {brand} virtual assistant. I'll connect you with an agent.",
             "Welcome to {brand} chat. An agent will be with you shortly.",
             "Thanks for your message! Please wait while we connect you to an advisor."]
sys_joined = ["{agent} has joined the chat.", "You are now chatting with {agent}."]

# ---------------------------------------------------------------- e-mail
mail_c_greet = ["Hello,", "Hi,", "Dear Sir or Madam,", "Dear {brand} team,", "Hi there,",
                "Good morning,", "To whom it may concern,", "Dear customer service,", "Hello {brand},", ""]
mail_c_sign = ["Regards,\n{fullname}", "Thanks,\n{name}", "Kind regards,\n{fullname}", "Best,\n{name}",
               "{name}", "Thank you,\n{fullname}", "{fullname}\n\nSent from my iPhone", "Cheers,\n{name}",
               "Many thanks\n{fullname}"]
mail_a_greet_c = ["Dear {fullname},", "Hello {name},", "Hi {name},", "Dear {name},", "Good afternoon {name},"]
mail_a_greet_r = ["Hello,", "Hi.", "{name},", ""]
mail_a_open_c = ["Thank you for your email.", "Thanks for getting in touch with us.",
                 "Thank you for contacting {brand} customer service.",
                 "Many thanks for your message, and sorry for the trouble.",
                 "Thank you for your patience while we looked into this.", "Thanks for letting us know.",
                 "I'm sorry to hear about the problem.",
                 "Thank you for writing to us, and apologies for the slow reply."]
mail_a_open_r = ["", "", "Re your email.", "Regarding your message:", "We received your email."]
mail_a_sign_c = ["Kind regards,\n{agent}\n{brand} Customer Service", "Best regards,\n{agent} | {brand} {city}",
                 "Many thanks,\n{agent}\nCustomer Care Team", "Warm regards,\n{agent}\n{brand}",
                 "Best wishes,\n{agent}"]
mail_a_sign_r = ["{agent}", "Regards, {brand}", "CS Team", "--\n{agent}"]
mail_subject = {
    "delivery": ["Where is my order {order}?", "Delivery problem", "Order {order} not delivered",
                 "Wrong item received", "Missing parcel"],
    "billing": ["Double charge", "Question about invoice {invoice}", "Refund not received",
                "Incorrect bill", "Charge on my statement"],
    "card": ["Card problem", "Card blocked", "Lost card", "New card not arrived", "Card declined"],
    "account": ["Account access", "Can't log in", "Change of address", "Account locked", "My account"],
    "complaint": ["Complaint", "Formal complaint", "Very disappointed", "Complaint about store visit",
                  "Unacceptable service"],
    "technical": ["App not working", "Website error", "Problem with my {p}", "Technical issue",
                  "Error at checkout"],
}
reply_prefix = ["Re: ", "RE: ", "Re: "]
quote_header = ["On {qdate}, {qname} wrote:", "On {qdate} {qname} <{qaddr}> wrote:"]
outlook_header = "-----Original Message-----\nFrom: {qname} <{qaddr}>\nSent: {qdate}\nSubject: {qsubj}"

# ---------------------------------------------------------------- in person
# In-person: (customer comment phrase, staff note) pairs per topic.
IP = {
    "delivery": [("Came in to collect my order {order}.", "Cust. collecting order {order}."),
                 ("Came about a delivery that never arrived.", "Missing delivery {order}, checked tracking."),
                 ("Came to return the wrong item I got delivered.", "Wrong item delivered, order {order}."),
                 ("Popped in to ask where my order is.", "Order status query {order}."),
                 ("I needed to rearrange a delivery.", "Delivery reschedule."),
                 ("Came to pick up a parcel that was sent to the store.", "Click & collect pickup.")],
    "billing": [("Came in about a wrong charge on my bill.", "Disputed charge on invoice {invoice}."),
                ("Asked about my refund of {amount}.", "Refund {amount} not received."),
                ("Came to query an invoice.", "Invoice {invoice} query."),
                ("Wanted to sort out a double payment.", "Double charge {amount}."),
                ("Came in about my instalment plan.", "Instalment plan query."),
                ("Asked for a copy of an invoice.", "Invoice copy requested.")],
    "card": [("Came in because my card was blocked.", "Card blocked."),
             ("Needed a replacement card.", "Card replacement."),
             ("Came to change my PIN.", "PIN reset."),
             ("My card was declined, so I came in.", "Card declined at till."),
             ("Came to cancel my store card.", "Store card cancellation."),
             ("Wanted to ask about my card limit.", "Limit increase request.")],
    "account": [("Came to update my address.", "Address change."),
                ("Needed help getting into my account.", "Login problem."),
                ("Came to change my details.", "Change of email/phone."),
                ("Wanted to close my account.", "Account closure request."),
                ("Came to sign up for the loyalty scheme.", "Loyalty sign-up."),
                ("Came in because my account was locked.", "Account locked.")],
    "complaint": [("Came to complain about a faulty {p}.", "Complaint re faulty {p}."),
                  ("Came in to complain about a refused return.", "Complaint re refused return."),
                  ("I came back about the problem with my {p}.", "Repeat visit re {p}."),
                  ("Came to complain about the delivery service.", "Complaint re delivery."),
                  ("Wanted to make a complaint in person.", "Complaint re service."),
                  ("Came because nobody answered my emails.", "Complaint re unanswered emails.")],
    "technical": [("Came in because the app doesn't work.", "App issue."),
                  ("Needed help setting up my {p}.", "Setup help for {p}."),
                  ("Brought my {p} in because it keeps showing an error.", "{p} error code."),
                  ("Came because I couldn't pay online.", "Online payment failing."),
                  ("Asked for help with the website.", "Website issue."),
                  ("My {p} won't connect, came in for help.", "{p} connectivity.")],
}

ip_tone_neg = ["Not happy at all.", "I'm fed up with this problem.", "This should never have happened.",
               "Third time I've had to deal with this.", "Not what I expect from {brand}.",
               "Shouldn't need a trip to the store for this.", "Really annoyed about the whole thing.",
               "Very disappointed with {brand} lately.", "Honestly, what a hassle.", "Frustrating."]
ip_tone_neg_visit = ["Very disappointing visit.", "Waste of my time.", "Waited ages and left frustrated.",
                     "Terrible experience.", "Worst visit in a long time.", "Frankly a shambles.",
                     "Left the store angry.", "Poor."]
ip_tone_pos = ["Great visit!", "Really pleased.", "Lovely experience.", "Very happy, thank you.",
               "Excellent service.", "Top marks.", "Couldn't have been better.", "Very good.",
               "Five stars from me.", "So glad I came in."]
ip_tone_pos_unres = ["Nice people, even if it isn't fixed yet.", "Friendly as always.",
                     "Pleasant visit anyway.", "They tried their best, thank you."]
ip_tone_neu = ["", "", "", "Ok.", "Fine.", "Visit was ok.", "Nothing special.", "It was alright."]
ip_res = ["Sorted in ten minutes.", "All fixed.", "Problem solved.", "Got it sorted on the spot.",
          "They fixed it straight away.", "Left with everything done.", "Done while I waited.",
          "Issue resolved."]
ip_unres = ["Still not sorted.", "Nobody could help.", "Have to come back next week.",
            "They said someone will call me.", "Sent home without a solution.", "Problem still there.",
            "Told to call the hotline instead.", "Nothing was done.", "Still waiting."]
ip_staff_c = ["Staff were friendly.", "{agent} was very helpful.", "Very polite staff.",
              "The lady at the desk was lovely.", "Friendly and patient.",
              "Staff member took time to explain.", "Nice staff.", "Helpful young man at the counter."]
ip_staff_r = ["Staff member was rude.", "The assistant was short with me and rolled her eyes.",
              "Very unfriendly staff.", "Was made to feel like a nuisance.",
              "He didn't even look up from his phone.", "Staff were dismissive.", "Rude and impatient.",
              "Was told 'not my problem'.", "She sighed every time I asked something."]
ip_blame = ["They just said it's the warehouse's fault.", "Staff blamed head office.",
            "Was told billing messed up and to call them.", "Said the courier is responsible, not them.",
            "Blamed the online team."]
note_res = ["Resolved.", "Fixed on the spot.", "Sorted.", "Done, cust. happy.", "Updated in system.",
            "Sorted, receipt given.", "Done, tested with cust.", "Completed at desk."]
note_unres = ["Not resolved, callback booked.", "Escalated to back office.", "Referred to hotline.",
              "Could not fix, cust. to come back with receipt.", "Ticket opened {case}.",
              "Passed to back office, cust. informed.", "Pending, cust. to be contacted.", "Open."]
note_r = ["Cust. difficult.", "Cust. kept arguing, told to call hotline.", "Wasted 20 min.",
          "No receipt, obviously.", "Not our problem.", "Cust. complaining again.",
          "Told him to read the T&Cs.", "Kept it short."]
note_blame = ["Warehouse error, not ours.", "Billing's mistake, sent cust. to them.", "Courier's fault.",
              "Head office messed up again.", "Online team's problem."]

# ---------------------------------------------------------------- mystery shop comments
ms_court_hi = ["Friendly greeting, used my name.", "Very polite and patient throughout.",
               "Warm, professional tone.", "Agent was courteous and apologised for the inconvenience.",
               "Pleasant and attentive.", "Excellent manners, thanked me at the end."]
ms_court_mid = ["Polite but a bit rushed.", "Neutral tone, no real warmth.", "Ok, slightly impatient at one point.",
                "Correct but mechanical."]
ms_court_lo = ["Agent was abrupt and sounded annoyed.", "No greeting, curt answers.",
               "Dismissive, interrupted me twice.", "Sarcastic remark when I asked again.",
               "Rude, made me feel like a nuisance.", "Impatient and unfriendly."]
ms_res_hi = ["Scenario resolved correctly.", "Clear solution offered.", "Issue fixed within the contact.",
             "Correct information, next steps explained."]
ms_res_lo = ["Scenario not resolved.", "Wrong information given.", "Told to call back, no solution.",
             "Was passed on without an answer."]
ms_wait_lo = ["Long wait before anyone answered.", "Waited far too long in the queue."]

# ---------------------------------------------------------------- misc
SERVICE_WORD = "Customer Service"
HOLD_MARKERS = ["one moment", "bear with me", "let me have a look", "checking", "hold on", "wait",
                "give me a", "one second", "hang on", "moment."]
KEEP_CAPS = {"I", "Kestrel", "OK"}


def fmt_mail_date(t):
    return t.strftime("%a, %d %b %Y at %H:%M")

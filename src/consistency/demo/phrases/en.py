"""English phrase banks for service conversations (bank and retail chain)."""

LANG = "en"
DATE_FMT = "%d/%m/%Y"
MONEY = "£{amount}"
PHONE = "+44 7700 {a:03d} {b:03d}"
QUOTE_HEADER = "On {date}, {name} wrote:"

AGENT_NAMES = ["Emma", "Oliver", "Sophie", "Jack", "Amelia", "Harry", "Chloe", "George", "Grace", "Liam",
               "Aoife", "Conor", "Megan", "Daniel"]
CUSTOMER_NAMES = ["Sarah Miller", "James Walker", "Priya Shah", "Tom Hughes", "Laura Kelly", "Mark Evans",
                  "Niamh Byrne", "Ben Carter", "Hannah Wright", "Ali Khan", "Rachel Green", "Sean Murphy"]
DEPTS = ["the card team", "billing", "the loans department", "logistics", "head office", "the fraud team"]
TOPIC_WORDS = {"billing": "the bill", "card": "the card", "account": "the account", "loan": "the loan",
               "delivery": "the delivery", "complaint": "the complaint"}

AGENT_GREET = [
    "Good morning, {branch} customer service, you're speaking with {agent}. How can I help you today?",
    "Hello, thank you for contacting {branch}, my name is {agent}. What can I do for you?",
    "Hi, this is {agent} at {branch}. Thanks for getting in touch, how may I help?",
    "Good afternoon and welcome to {branch} support. I'm {agent}, how can I help?",
    "Hello and thanks for waiting, {agent} here. What can I help you with?",
]
AGENT_GREET_CURT = ["Yes?", "Go ahead.", "Customer service.", "Reference number?", "What is it?", "Name?"]
CUSTOMER_HELLO = ["Hi,", "Hello,", "Good morning,", "Hi there,", "Hello there,", "Hey,", ""]
EMOTION_LEAD = {
    "neutral": ["", "", "I have a quick question.", "I hope you can help me.", "I need some help please."],
    "annoyed": ["This is getting a bit frustrating.", "I've already called about this once.",
                "Honestly, I expected better.", "I'm not happy about this.", "This is the second time I'm asking."],
    "angry": ["This is absolutely ridiculous!", "I am furious, nobody ever helps me.",
              "This is the third time I'm contacting you and I'm fed up!", "Your service is a disgrace.",
              "I've had enough of this nonsense."],
    "happy": ["Hope you're having a good day!", "Thanks for picking up so quickly.", "Quick one for you :)",
              "Lovely to finally reach someone."],
}
PROBLEM = {
    "billing": ["I was charged {amount} twice on {date}.", "My statement shows a fee of {amount} I don't recognise.",
                "The bill for this month is {amount} higher than usual.",
                "I paid the invoice on {date} but it still says outstanding.",
                "Why was I charged a late fee of {amount}?"],
    "card": ["My card ending {card4} was declined at the shop today.", "I lost my card on {date}, can you block it?",
             "The new card never arrived, it's been two weeks.", "My card ending in {card4} got swallowed by the ATM.",
             "I can't use my card online, it keeps saying declined."],
    "account": ["I can't log in to my online account any more.", "I need to change the address on my account.",
                "There's a transfer of {amount} missing from my account.",
                "I'd like to close my savings account.", "My account got locked after I changed my phone."],
    "loan": ["I want to know why my loan repayment went up to {amount}.",
             "I applied for a loan on {date} and heard nothing back.",
             "Can I pay off the rest of my loan early?", "My loan statement shows the wrong interest rate."],
    "delivery": ["My order {order} hasn't arrived yet.", "The parcel for order {order} came damaged.",
                 "Tracking for {order} says delivered but I got nothing.",
                 "The courier didn't show up on {date} as promised.", "I got the wrong item in order {order}."],
    "complaint": ["I want to make a formal complaint about how I was treated in the branch.",
                  "Your colleague hung up on me yesterday.", "I was promised a callback on {date} and nobody called.",
                  "I've been waiting over an hour in the queue, this is unacceptable.",
                  "The advice I got last week was simply wrong."],
}
CLARIFY = ["Could you give me your reference number, please?", "May I ask for the date of the transaction?",
           "Could you confirm the last four digits of the card, please?",
           "Let me check that for you. Can you tell me your order number?",
           "Thanks. Could you confirm your full name and postcode for me?",
           "Sure, just to be sure I understood: when did this happen?"]
CLARIFY_CURT = ["Number.", "Date?", "Which card.", "Order number.", "Postcode.", "And?"]
DETAILS = ["It's order {order}.", "The card ends in {card4}.", "My email is {email}.", "You can call me on {phone}.",
           "My IBAN is {iban}.", "It happened on {date}.", "The full card number is {card}, if that helps.",
           "Reference {order}, my email {email}.", "It was about {amount}."]
APOLOGY = ["I'm really sorry about that.", "I apologise for the inconvenience.", "Sorry to hear that, let me sort it out.",
           "I'm so sorry you had to chase this.", "My apologies, that shouldn't have happened."]
EXPLAIN = ["I can see the payment here in our system.", "It looks like the system flagged it as unusual.",
           "I've found the problem, it was a processing error on our side.",
           "The request was stuck in the queue.", "There was a delay at our partner's end."]
EXPLAIN_CURT = ["As already stated, that's the procedure.", "Read the terms.", "That's how it works.",
                "It's in the terms and conditions.", "As already stated, nothing I can do about it.",
                "Check the website."]
SOLUTION = {
    "billing": ["I've refunded the {amount} to your account.", "I've removed the fee, you'll see it in 2 days.",
                "The duplicate charge is reversed now."],
    "card": ["I've blocked the old card and ordered a new one.", "I've unblocked online payments on your card.",
             "A replacement card is on its way, it should arrive by {date}."],
    "account": ["I've reset your access, you can log in again.", "Your address is updated now.",
                "The missing transfer is back on your account."],
    "loan": ["I've corrected the interest rate on your loan.", "I've sent you the early repayment figure by email.",
             "Your application is approved, the papers are on the way."],
    "delivery": ["I've arranged a new delivery for {date}.", "A replacement for order {order} has been sent.",
                 "I've issued a refund for the order."],
    "complaint": ["I've logged your complaint and credited {amount} as a goodwill gesture.",
                  "I've passed this to the branch manager, who will personally call you.",
                  "I've recorded everything and corrected the mistake."],
}
CONFIRM = ["Done, that's all sorted now.", "That's fixed on our end.", "Everything is in order now.",
           "You should see the change straight away."]
PROMISE = ["I'll look into it and call you back tomorrow.", "I'll follow up by email within 48 hours.",
           "I've opened a case, a colleague will get back to you.", "I'll chase it and update you by {date}."]
PROMISE_CURT = ["We'll get back to you.", "Wait for the letter.", "Call again next week."]
BLAME = ["That's not our department, talk to {dept}.", "That's {dept}'s fault, not ours.",
         "I can't help you with that, it's {dept} who messed up.", "You need to call {dept}, not us."]
MANAGER_REQUEST = ["I want to speak to a manager.", "Put me through to your supervisor, please.",
                   "I'd like to escalate this.", "Can I talk to someone more senior?"]
ESCALATE = ["I understand. I'm passing this to my team leader now, they'll call you today.",
            "Of course, I'll escalate this to our complaints manager.",
            "I'm transferring you to my supervisor, one moment please."]
ESCALATE_CURT = ["Fine, I'll pass it on.", "Supervisor will call.", "Transferring."]
CUSTOMER_STILL = ["So it's still not solved?", "That doesn't help me at all.", "I'll have to call again then.",
                  "Great, so I just wait again.", "That's not good enough."]
CUSTOMER_THANKS = {"positive": ["Brilliant, thank you so much!", "That's perfect, thanks a lot!",
                                "Great, you've been really helpful."],
                   "neutral": ["OK, thanks.", "Alright.", "Fine, thank you.", "Understood."],
                   "negative": ["Finally.", "Whatever, thanks.", "OK. Took long enough."]}
AGENT_CLOSING = ["Is there anything else I can help with? Have a lovely day.", "Thank you for your patience, take care!",
                 "Thanks for getting in touch, goodbye.", "You're welcome. Have a nice evening."]
AGENT_CLOSING_CURT = ["Bye.", "Anything else?", "That's it.", "Next."]
MAIL_HELLO_CUSTOMER = ["Dear {branch} team,", "Hello,", "Hi,", "To whom it may concern,"]
MAIL_BYE_CUSTOMER = ["Regards,\n{customer}", "Thanks,\n{customer}", "Best,\n{customer}", "{customer}"]
MAIL_HELLO_AGENT = ["Dear {customer},", "Hello {customer},", "Hi {customer},"]
MAIL_BYE_AGENT = ["Kind regards,\n{agent}\n{branch} Customer Service", "Best wishes,\n{agent}",
                  "Many thanks,\n{agent} | {branch}"]
MAIL_BYE_AGENT_CURT = ["{agent}", "-- {branch}"]
SUBJECT = {"billing": ["Question about my bill", "Double charge", "Wrong fee"],
           "card": ["Card problem", "Card declined", "Lost card"],
           "account": ["Account access", "Change of address", "Account issue"],
           "loan": ["Loan repayment", "Loan application", "Interest rate"],
           "delivery": ["Order {order}", "Missing parcel", "Damaged delivery"],
           "complaint": ["Complaint", "Formal complaint", "Very unhappy"]}
COMMENT = {"good": ["Staff were friendly and sorted it quickly.", "Very helpful, thank you!", "Great service today."],
           "curt": ["The employee was rude and didn't even say hello.", "Felt like I was bothering them.",
                    "Unfriendly, just told me to read the terms."],
           "unresolved": ["Nothing was solved, I have to come back.", "Waste of time, problem still open."],
           "neutral": ["Fine.", "It was ok.", "Average visit."]}
NOTE = {"resolved": ["Customer came about {topic}. Sorted on the spot.", "{topic} issue handled, customer satisfied."],
        "unresolved": ["{topic}: could not fix today, customer to return.", "{topic} open, waiting for back office."],
        "escalated": ["{topic}: customer asked for manager, escalated.", "Escalated {topic} case to branch manager."],
        "blame": ["Not our department, sent customer to {dept}.", "Told customer {dept} is responsible."]}

TEXT = r"""
[greet_phone_c]
Good morning, Meridian {city}, you're speaking with {name}. How can I help?
Hello, Meridian {city}, this is {name}. What can I do for you today?
Hi there, you're through to {name} at Meridian. How can I help you?
Good afternoon, Meridian {city} branch, {name} speaking.
Meridian {city}, {name} here. How can I help?
Hello, thanks for holding. My name's {name}, what can I do for you?
Hi, {name} speaking at Meridian {city}. What's the call about today?
Good morning, this is {name} from Meridian. How are you doing?
Hello, you've reached Meridian in {city}. I'm {name}, how can I help?
Hi, sorry about the wait. It's {name} here, how can I help you?
Meridian customer service, {name} speaking. What can I help with?
Good afternoon, you're talking to {name}. What can I sort out for you?
Hello, Meridian {city}. My name is {name}. Who am I speaking with?
Hi, {name} at the {city} branch. Go ahead, how can I help?
[greet_phone_r]
Meridian.
Yeah, {name}. What is it?
Meridian {city}. Go on.
{name}. What do you need?
Hello. What's the problem?
Yes?
Meridian, {name}. Quickly please, the queue is long.
Yeah, hi. What's this about?
[greet_chat_c]
Hi, you're chatting with {name} from Meridian {city}. How can I help?
Hello! {name} here. What can I do for you today?
Hi, thanks for getting in touch. I'm {name}, how can I help?
Good morning, {name} from the {city} team here. What's up?
Hello, my name is {name}. I'll be helping you today.
Hi there, {name} here. I've just read your message, let me have a look.
Hi, {name} from Meridian. Thanks for waiting. What can I help with?
Hello, you're through to {name}. How can I help today?
Hey, it's {name} at Meridian {city}. What can I do for you?
Good afternoon! {name} here, happy to help.
Hi, I'm {name}. I've got your chat now, tell me what's going on.
Hello, this is {name} from customer service. How can I help?
[greet_chat_r]
Hi. What do you need?
{name}. Go ahead.
Yes?
Hello. State your issue.
What's the problem?
{name} here. Be quick, I have other chats.
Hi. Read the FAQ first? What is it.
Ok. What.
[cust_hello]
Hi.
Hello.
Hi there.
Hello, good morning.
Hi, yeah.
Good afternoon.
Hiya.
Hello, thanks.
Hi, hope you can help.
Morning.
Hello there.
Hi, yes, hello.
[neg_open]
I'm really fed up with this.
Honestly, this is ridiculous.
I've had enough of this, to be honest.
I'm not happy at all.
This is the third time I'm contacting you about this.
I can't believe I have to deal with this again.
I'm very annoyed right now.
Frankly your service has been terrible.
I've wasted half my day on this already.
This is a complete mess.
I'm absolutely sick of chasing you.
Sorry but I'm furious.
I'm so frustrated with Meridian right now.
Seriously, what is going on with you lot?
I've been a customer for years and this is a joke.
Nobody ever seems to know what they're doing.
This is unacceptable.
I'm losing patience here.
I'm really disappointed.
Why is it always so difficult with you?
[pos_open]
Hope you're having a good day.
Thanks for picking up so quickly!
You were really helpful last time, so I hope you can sort this too.
Lovely to get someone so fast.
Thanks in advance for your help.
I know you're busy, so thanks for taking the time.
Really appreciate you helping with this.
Great, thanks for getting back to me.
Hope you're well!
Glad I got through, thank you.
You've always been good to me, so here goes.
Thank you, I'm sure it's a quick one.
[repeat_ref]
I already called about this on {day}.
I was here about this on {day} and nothing's changed.
I contacted you on {day} and was told it would be sorted.
Someone promised to call me back on {day}, nobody did.
This is a follow-up to my chat from {day}.
I've been in touch about this before, on {day}.
Same problem as when I called on {day}.
You said on {day} it would be fixed in a day or two.
[prob_billing]
I've been charged {amt} twice for the same thing on {date}.
There's a fee of {amt} on my statement that I don't recognise.
My bill this month is {amt} and it's normally about {amt2}. Why is that?
I paid my bill on {date} but it still shows as outstanding.
I got a late payment charge of {amt} even though the direct debit went through.
You've taken {amt} out of my account and I cancelled that service last month.
Could I get a breakdown of the {amt} you charged on {date}?
I was promised a refund of {amt} by {date} and it hasn't come through.
There's a monthly charge of {amt} for an insurance I never signed up for.
My direct debit went out twice this month, {amt} each time.
The invoice says {amt} but my contract says {amt2} a month.
Why am I being charged {amt} for paper statements?
[prob_card]
My card ending {card} got declined at the supermarket yesterday.
I think I've lost my card, the one ending {card}. Can you block it?
My new card still hasn't arrived, it was ordered on {date}.
The cash machine kept my card ending {card} on {date}.
There's a payment of {amt} on my card ending {card} that I didn't make.
My PIN hasn't worked since I changed it on {date}.
My card ending {card} runs out this month and I've not had a replacement.
Contactless stopped working on my card ending {card}.
I can't pay online with my card ending {card}, it keeps failing.
My card ending {card} was blocked and I don't know why.
I need to raise my daily card limit, it's {amt} at the moment.
Someone's used my card ending {card} abroad, I've never been there.
[prob_account]
I need to change the address on my account, I moved on {date}.
I can't get into my account, it says it's locked.
I want to close my savings account ending {acct}.
Why is there a hold of {amt} on my account ending {acct}?
I need a statement for my account ending {acct} for the mortgage people.
My name is spelled wrong on the account and it's causing problems.
I'd like to add my partner to the account ending {acct}.
My salary of {amt} should have come in on {date} and I can't see it.
I need to update my phone number on the account.
My account ending {acct} shows a balance that's {amt} less than it should be.
I'd like to open a joint account, what do I need?
A transfer of {amt} I made on {date} never arrived on the other side.
[prob_delivery]
I ordered a new router, order {order}, and it's still not here.
The tracking for {order} says delivered but I've got nothing.
The courier was meant to come on {date} and nobody turned up.
Order {order} arrived damaged, the box was completely crushed.
I got the wrong phone, order {order} was for a different model.
When is order {order} actually going to arrive? It's been {n} days.
My replacement SIM, order {order}, went to my old address.
Half of order {order} is missing, only the charger came.
[prob_complaint]
I want to make a formal complaint about how I was treated on {date}.
I was promised a callback on {date} and nobody ever rang.
I've been passed between departments for {n} days now.
Someone at the branch told me one thing and your letter says another.
Last time I was on hold for {mins} minutes and then got cut off.
I want to complain about the {amt} fee, nobody told me about it.
I sent three emails about ticket {ticket} and never got a proper answer.
Your advisor on {date} was really rude to my mother.
[prob_technical]
The app keeps crashing when I try to log in.
My internet has been dropping out every evening since {date}.
I'm not getting the verification codes by text.
Online banking gives me an error when I try to pay anyone.
My phone has had no signal at home since {date}.
The app says my device isn't supported anymore.
My broadband speed is about a tenth of what I pay for.
The card reader for online banking just shows an error.
I can't set up the app on my new phone, it keeps asking for a code.
My voicemail stopped working after the update on {date}.
[prob_other]
I just wanted to check your opening hours over the holidays.
What documents do I need to open an account for my son?
Do you still do paper statements?
Can I book an appointment with an advisor for next week?
Is the {city} branch getting a new cash machine? The old one's gone.
I'd like some information about your savings rates.
How do I register for the new app?
Can I pay in coins at the counter?
[ask_c]
Sure, can I take your customer number first?
Okay, can you confirm your date of birth for me?
Right, let me have a look. Which account is this on?
Thanks. Can you tell me roughly when this started?
Of course. Could you give me the last four digits of the card?
No problem. Have you got the reference number handy?
Let me check that. What's the postcode on the account?
Okay, I'm pulling up your details now. Is it the account ending {acct}?
Got it. Just to be sure, was that on {date}?
Right. Have you already tried restarting the app?
Can I put you on hold for a minute while I check?
Alright. And what was the exact amount?
Okay, thanks for explaining. Which address should it go to?
I see. Did you get any error message?
Sure. Can you confirm your full name for security?
Understood. Is the card still in your possession?
Let me take a look at that for you. One moment.
Thanks. And is this for the main account or the savings one?
Okay. What does the tracking page say right now?
Fine, I can help with that. Can you confirm the email address we have for you?
[ask_r]
Number?
Customer number. Come on.
Date of birth.
Which account? I can't guess.
And? What exactly do you want me to do?
You'll have to be more specific than that.
Did you even try restarting it?
Reference number. It's on the letter, you do read those?
Card number, last four.
Wait.
Just answer the question please, which card?
Have you read the FAQ? It's all there.
Look, I need the date. Do you know it or not?
Postcode.
Is this going to take long? I have a queue.
[detail_billing]
It's {amt} on {date}, and the same again on the next line.
The reference on the statement just says SERVICE FEE, {amt}.
It's the account ending {acct}. The direct debit went out on {date}.
I've got the letter here, it says {amt}, reference {ticket}.
Normally it's {amt2}, this time it's {amt}. Nothing's changed on my side.
[detail_card]
It's the card ending {card}. I still have it, it's in my hand.
Last four are {card}. It last worked on {date}.
It's ending {card}. The shop said 'declined by issuer'.
The payment was {amt} to some online shop I've never heard of.
I ordered it on {date} and was told five working days.
[detail_account]
Account ending {acct}. The new address is on the form I sent.
It's ending {acct}. I moved on {date}.
It just says account locked, contact your branch.
The transfer was {amt} on {date}, reference {ticket}.
My date of birth is on file, it's the account ending {acct}.
[detail_delivery]
Order {order}. It says out for delivery since {date}.
The order number is {order}, I paid {amt} for it.
It was {order}, and the courier card says they tried on {date}, but I was home.
Yes it's {order}. The tracking hasn't moved for {n} days.
[detail_complaint]
The ticket number is {ticket}. I called on {date}.
It was on {date}, at the counter, about my mortgage.
Reference {ticket}. I've got all the emails saved.
I waited {mins} minutes, then the line just went dead.
[detail_technical]
It's an Android phone, updated last week. The error says 'session expired'.
Since {date}, every evening around eight it drops.
I've restarted it three times. Still the same.
The error code is E-{n}04. I've tried wifi and mobile data.
It's the router you sent in the summer, all lights are on.
[detail_other]
It's for my son, he's sixteen.
Just for general information really.
Next week, Tuesday or Wednesday if possible.
I'm asking for my dad, he doesn't use the internet.
[detail_generic]
Yes, that's right.
Yes, that's the one.
Correct.
Yes, it's {acct}.
It was {date}, I think. Yes, {date}.
My customer number? Hang on... yes, it's on the letter.
That's the one, yes.
Yes, I have it here.
[neg_mid]
How long is this going to take?
I've explained this already, twice.
Can you please just fix it.
I shouldn't have to chase you for this.
Every time it's the same story.
Why does nobody ever write this down?
I've been waiting for ages as it is.
I don't have all day.
That's what the last person said too.
Honestly, this should take two minutes.
You people never listen.
I'm not paying for your mistake.
[ack_c]
Thanks for waiting.
Okay, I can see it now.
Right, I've found it.
Thanks, that helps.
Okay, I've had a look.
I've checked your account.
Right, I see what happened.
Okay, thanks for your patience.
Got it.
I've looked into it.
Thanks for bearing with me.
Okay.
[fix_billing]
That second charge of {amt} was a duplicate. I've reversed it, you'll see it back in two or three days.
The {amt} fee shouldn't have been applied. I've refunded it to your account.
The bill was higher because of a one-off adjustment. I've corrected it, the new amount is {amt2}.
I can see your payment from {date}. I've marked the bill as paid and removed the reminder.
I've cancelled the late fee of {amt}, the direct debit did arrive on time.
That service was cancelled, so I've refunded the {amt} and stopped future charges.
The refund of {amt} has just been released, it'll show up by tomorrow.
I've removed that insurance and credited back the {amt}.
[fix_card]
I've unblocked the card ending {card}, it should work again straight away.
I've blocked the card ending {card} and ordered a new one, it'll arrive within five working days.
I've sent a new card to your address, tracking reference {order}.
I've cancelled the retained card and a replacement is on its way.
I've raised a dispute for the {amt} and credited it back while we investigate.
I've reset your PIN, you'll get a letter with the new one in two or three days.
Your replacement card is now dispatched, you should have it by {date}.
Contactless was switched off on the card. I've turned it back on.
I've turned on online payments for the card ending {card}, try again now.
I've raised the daily limit as you asked, it's active now.
[fix_account]
I've updated your address, you'll get a confirmation letter.
I've unlocked your account. You can log in again with your usual password.
The savings account ending {acct} is now closed and the balance moved to your current account.
The hold of {amt} was a card pre-authorisation. I've released it.
I've emailed you the statement for the account ending {acct}.
I've corrected the spelling of your name, new cards will show it properly.
Your salary of {amt} came in this morning, it was held up by the payer's bank.
I've updated the phone number, you'll get a confirmation text.
I found the transfer of {amt}, it was returned. I've resent it with the right details.
[fix_delivery]
I've checked with the courier, order {order} will be delivered tomorrow before noon.
I've ordered a replacement for {order}, free of charge, and you can keep the damaged one.
I've booked a new delivery slot for {date}, between eight and one.
The right model is on its way and the courier will collect the wrong one at the same time.
I've redirected order {order} to your new address.
The missing part of order {order} has been sent separately, tracking comes by text.
[fix_complaint]
I've logged your complaint under {ticket} and applied a goodwill credit of {amt}.
I've removed the fee and added a note to your account so it won't happen again.
I've spoken to the team lead and the callback is booked for tomorrow at ten.
I've refunded the {amt} and passed your feedback to the branch manager.
You're right, that was our error. I've corrected it and credited {amt}.
I've closed the old ticket and sorted it directly, it's done now.
[fix_technical]
There was a fault on the line. I've reset it from here, it should be stable now.
I've re-registered your number for verification codes, try again now.
Please update the app to the newest version, that bug was fixed yesterday. I've reset your login as well.
I've sent a new configuration to your router, give it five minutes to restart.
Your device was blocked after the update. I've cleared it, you can set up the app now.
I've reset your network settings from our side, restart the phone and it'll work.
I've unlocked online payments, the error was a security block after the new phone.
[fix_other]
We're open nine to five on weekdays and ten to two on Saturdays.
You'll need his passport and a proof of address, and he'll need to come with you.
Yes, paper statements are free once a month. I've switched them on for you.
I've booked you in with an advisor on Tuesday at eleven.
I've sent you the current rates by email.
[fix_r_add]
Done.
There. Done.
That's it. Next time check the app first.
Done, it takes two seconds, you could have done it yourself.
Sorted. Anything else or are we done?
Fine, it's done.
Done. It was all in the letter.
There you go. Next.
Right, done. Don't make it a habit.
That's fixed. Obviously.
[nofix_cb]
I can't change that from here, but I've asked the specialist team to call you back within two working days.
I've opened case {ticket}. Someone from billing will call you back by {date}.
I need a colleague to look at this. They'll ring you tomorrow.
I'm not able to see the full history. I've arranged a callback for you.
The system won't let me make that change today. I've booked a callback for Monday.
I've noted everything. You'll get a call back within 48 hours.
I'll need to check this with the team and call you back.
Unfortunately I can't fix it right now. I've requested a callback, reference {ticket}.
[nofix_esc]
This has to go to the card centre, I've escalated it under {ticket}.
I can't resolve it at my level, I've passed it on to my manager.
I've escalated this to the technical team. It can take up to ten working days.
That's a decision for the complaints team. I've forwarded everything, reference {ticket}.
I've raised it with the back office. I'm afraid I can't give you a date.
I've sent it to head office for review. You'll hear from them by letter.
[nofix_none]
I'm sorry, I can't see anything wrong on our side.
Unfortunately there's nothing I can do about that fee.
I'm afraid that's the policy, I can't refund it.
I'm sorry, the system is down at the moment, I can't make any changes today.
I can't find the order at all. You'll have to wait for the courier to update it.
I'm sorry, I don't have access to that. You could try again later in the week.
Unfortunately the courier hasn't given us any information yet.
I'm afraid we can't reverse that transaction.
[nofix_r]
Nothing I can do.
Not my problem, I'm afraid. Call back later.
It is what it is. The system says it's correct.
You'll have to wait like everyone else.
Look, I can't fix that. Try the app.
No. That's the policy.
I don't know. Send an email.
It'll sort itself out. Or not.
We can't do anything today. Call tomorrow.
If you'd read the terms you'd know we can't refund that.
I've got no idea where your parcel is. Ask the courier.
I can't help with that. Anything else?
Well, that's how it is.
Try again next week.
[nofix_tr]
That's not something I can handle here, I'll transfer you to the card team. One moment.
I'll put you through to billing, they can see more than me.
Let me transfer you to technical support, please hold.
I'm going to pass you to my colleague in the complaints team.
[blame]
Honestly, that's the card centre's mistake, not ours.
That's head office, they messed it up, we just see the result.
The back office set that up wrong, it's not our branch.
That's the couriers, they're useless. Nothing to do with us.
To be fair, IT broke that with their last update, not us.
The payments team did that, we only get the complaints.
That wasn't us, that's the central billing system again.
The other department keeps doing this, we have to clean it up.
That came from collections, they never check anything.
Head office changed the rules without telling us.
It's the call centre that gave you the wrong information, not the branch.
[canned]
Thank you for contacting Meridian. For questions about {topic_word}, please see our help pages at meridian.example/help. We hope this answers your query.
Thank you for your message. Your request has been registered. Most questions are answered in our FAQ. This mailbox does not handle individual cases.
Thanks for getting in touch. Please use the contact form in the app so we can process your request.
Thank you for your email. We are experiencing a high volume of requests. Please check our help centre for the most common questions.
Thank you for contacting us. We have received your email and will consider it. No further action is required from you.
Dear customer, thank you for your enquiry. Please note that we cannot discuss account details by email. Kindly visit your branch.
[cust_thanks]
Brilliant, thank you so much.
Great, thanks for sorting that.
Perfect, that's all I needed.
Oh, that's a relief. Thanks.
Thanks, you've been really helpful.
Lovely, thank you.
Okay great, cheers.
Fantastic, thank you for your help.
Thanks a lot, have a nice day.
That's great, much appreciated.
Super, thank you.
Oh good. Thank you!
Excellent. Thanks for being so quick.
Right, that's sorted then. Thank you.
[cust_thanks_neg]
Finally. Took long enough.
Okay. Shouldn't have needed three calls though.
Fine. About time.
Right. Let's hope it actually works this time.
Okay, but this really shouldn't have happened.
Well, at least that's done. Not impressed though.
Fine. I'll be checking my statement.
Okay. It's sorted, but I'm still annoyed.
[cust_unres_neg]
So basically nothing. Unbelievable.
That's it? You can't do anything?
Great, so I just wait again. Brilliant.
This is useless. I'm going to take my business elsewhere.
I'll be making a formal complaint then.
Typical. Nobody can ever help.
So I called for nothing.
I've heard that before.
Wonderful. Another week of this.
That's not good enough, honestly.
Right, I'm done with this.
You're joking. Thanks for nothing.
[cust_unres_neu]
Okay, I'll wait for the call then.
Alright, I'll keep an eye on it.
Okay, thanks anyway.
Fine, I'll try again later.
Okay. Can you send me the reference by text?
Alright then. I'll wait.
Okay, understood.
I see. Well, thanks for looking.
[cust_bye]
Bye.
Thanks, bye.
Bye now.
Cheers, bye.
Okay, bye bye.
Thanks. Bye.
[close_c]
Is there anything else I can help with?
You're welcome. Have a good day.
Thanks for calling, take care.
Glad I could help. Bye for now.
If anything else comes up, just get in touch.
No problem at all. Have a lovely evening.
Anything else today?
Take care, bye.
Thanks for your patience. Have a good one.
You're welcome, bye.
I'll leave a note on your account. Have a nice day.
Sorry again for the trouble. Bye.
[close_r]
Right. Bye.
Anything else? No? Bye.
Okay. Next.
That's all then.
Bye.
We're done here.
Fine.
Okay, I have to go, other customers.
[wait_comp]
I've been waiting {mins} minutes for someone to answer.
Finally! {mins} minutes in the queue.
Do you know how long I waited? {mins} minutes.
I nearly gave up, {mins} minutes waiting.
[em_agent_hi]
Dear {cname},
Hello {cname},
Hi {cfirst},
Dear customer,
Good afternoon {cname},
Hello,
[em_agent_body_open]
Thank you for your email.
Thanks for getting in touch.
Thank you for your message about this.
Thanks for your patience while I looked into it.
I'm sorry to hear about this.
Thanks for writing to us.
[em_agent_sign]
Kind regards,\n{name}\nMeridian {city}
Best wishes,\n{name}\nCustomer Service, Meridian {city}
Regards,\n{name}
Many thanks,\n{name} | Meridian {city} branch
Kind regards\n{name}
[em_cust_hi]
Hello,
Hi,
Dear Sir or Madam,
Hi there,
Good morning,
To whom it may concern,
[em_cust_sign]
Thanks,\n{cfirst}
Regards,\n{cfull}
{cfirst}
Kind regards,\n{cfull}
Cheers,\n{cfirst}
Best,\n{cfirst}\nSent from my iPhone
[subj_billing]
Double charge on my account
Question about my bill
Wrong fee
Refund not received
[subj_card]
Card problem
Card declined
Lost card
New card not arrived
[subj_account]
Change of address
Account locked
Account question
Missing payment
[subj_delivery]
Order {order}
Where is my order?
Delivery problem
[subj_complaint]
Complaint
Formal complaint
Complaint re ticket {ticket}
[subj_technical]
App not working
Internet problems
Technical issue
[subj_other]
Question
Enquiry
Opening hours
[bot_hello]
Hi! I'm Meri, the Meridian virtual assistant. What can I help you with?
Hello, I'm the Meridian assistant. Please describe your question in a few words.
Welcome to Meridian chat. What is your question about?
[bot_handover]
Thanks. I'm connecting you to one of our advisors now.
Please wait, an advisor will join the chat shortly.
I'll pass you to a colleague. Current waiting time: a few minutes.
[bot_fail]
Sorry, I didn't understand that. Let me find someone for you.
I'm not sure I can help with that. Connecting you to a person.
[tnoun_billing]
double charge
disputed fee
high bill
missing refund
[tnoun_card]
declined card
lost card
new card
card blocked
[tnoun_account]
address change
account locked
statement request
missing transfer
[tnoun_delivery]
missing parcel
late delivery
damaged order
[tnoun_complaint]
complaint
missed callback
[tnoun_technical]
app problem
internet outage
no codes by text
[tnoun_other]
general question
appointment
information
[note_res_c]
{what}, sorted at the desk.
{what} - fixed, customer happy.
Helped with {what}. Done.
{what}: resolved, confirmation printed.
Customer came about {what}. Resolved, copy given.
{what}. Sorted, explained next steps.
Resolved {what}, no follow-up needed.
{what} - done while cust waited.
[note_res_r]
{what}. Done. Cust could have used app.
{what} - fixed. Cust complained the whole time.
{what}, done. Difficult customer.
Did {what}. Again.
{what}. Sorted, told him to read letters.
[note_unres_c]
{what} - could not resolve, case {ticket} opened.
{what}: passed to back office, callback promised.
{what}, needs specialist, escalated.
{what} - system down, asked cust to return tomorrow.
{what}: no solution today, ticket {ticket}.
{what}. Cust needs ID, will come back.
[note_unres_r]
{what}. Nothing to do, sent away.
{what} - not our problem, told to call.
{what}. Cust shouting, asked to leave.
{what}, can't help. Told to use app.
{what} - no.
[note_blame]
Card centre's fault, told cust.
Head office error, not branch.
Courier's mistake, explained to cust.
IT broke it again, said so.
Back office messed up.
[comment_pos]
Very helpful staff, thank you.
Quick and friendly, problem solved.
The lady at the desk was lovely.
Great service today.
Sorted in five minutes, thanks!
Friendly and knew what she was doing.
Really patient with me, thank you.
[comment_neu]
OK.
Fine.
Waited a bit but got it done.
Nothing special.
Normal visit.
[comment_neg]
Still not sorted. Third visit.
Waste of time.
Nobody could help me.
Had to wait forever and nothing happened.
I'm very unhappy with this branch.
Came for nothing again.
Problem still not fixed, awful.
[comment_rude]
Staff member was rude and couldn't care less.
The man at the counter rolled his eyes at me.
Very unfriendly, treated me like an idiot.
Rude. Won't be back.
Was spoken to like a child.
[comment_blame]
They just blamed the card centre.
Everyone says it's another department's fault.
Staff said head office messed up. Not my problem!
[shop_good]
Friendly greeting, advisor knew the product well.
Quick answer, clear explanation.
Very professional, offered further help.
Polite and efficient.
Good experience overall.
[shop_bad]
Advisor seemed uninterested, no offer of further help.
Question not answered, referred to website.
Long wait and no real solution.
Information was incomplete.
[shop_rude]
Advisor was short and dismissive.
Unfriendly tone, sighed repeatedly.
Interrupted me and did not greet.
[shop_wait]
Waited very long before anyone responded.
Queue time far too long.
[fill_c]
Um,
Uh,
Yeah,
So,
Right, so
Erm,
Well,
[fill_a]
Okay,
Right,
So,
Um,
Alright,
[days]
Monday
Tuesday
Wednesday
Thursday
Friday
Saturday
Sunday
[months]
January
February
March
April
May
June
July
August
September
October
November
December
[names_agent]
Sarah
Ciara
Aoife
Tom
Declan
Niamh
Fiona
Kevin
Rachel
Mark
Siobhan
Liam
Emma
James
Grace
Connor
Megan
Daniel
Chloe
Ryan
[names_cust]
Patrick Murphy|patrick.murphy
Mary Kelly|marykelly
John O'Brien|john.obrien
Susan Walsh|s.walsh
David Byrne|dbyrne
Helen Ryan|helen.ryan
Michael Smith|m.smith
Jennifer Brown|jen.brown
Robert Taylor|rtaylor
Linda Wilson|linda.wilson
Peter Campbell|pcampbell
Karen Stewart|karen.stewart
Andrew Thomson|a.thomson
Laura Scott|laura.scott
Chris Johnson|chris.johnson
Jessica Miller|jess.miller
Brian Davis|brian.davis
Anne Doyle|anne.doyle
Gary McDonald|gmcdonald
Olivia Garcia|olivia.garcia
[depts]
the card centre
head office
the back office
IT
"""

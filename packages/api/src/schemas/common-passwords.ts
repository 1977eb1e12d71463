/**
 * The passwords people pick most often, refused as new passwords (DESIGN.md "Identity and
 * authorization", issue 5 "Credentials"). Written from the well-known public lists of the most
 * common passwords (the top of the "10 million passwords" lists and of the breach corpora): first
 * the classic top entries, then the frequent ones of 10 characters or more, which are the ones a
 * minimum length of 10 does not already keep out (keyboard walks, digit runs, "password123",
 * season + year, ...). Lower case; a password is compared lower-cased, so "PassWord123" is refused
 * with "password123".
 *
 * About 1,100 entries, some 11 kB (5 kB compressed): small enough for the browser, so the web
 * forms refuse a common password with the same rule as the server, before submitting.
 * Entries are separated by white space (none contains any).
 */
const list = `
123456 password 12345678 qwerty 123456789 12345 1234 111111 1234567 dragon 123123 baseball
abc123 football monkey letmein 696969 shadow master 666666 qwertyuiop 123321 mustang 1234567890
michael 654321 superman 1qaz2wsx 7777777 121212 000000 qazwsx 123qwe killer trustno1 jordan
jennifer zxcvbnm asdfgh hunter buster soccer harley batman andrew tigger sunshine iloveyou 2000
charlie robert thomas hockey ranger daniel starwars klaster 112233 george computer michelle
jessica pepper 1111 zxcvbn 555555 11111111 131313 freedom 777777 pass maggie 159753 aaaaaa
ginger princess joshua cheese amanda summer love ashley 6969 nicole chelsea biteme matthew
access yankees 987654321 dallas austin thunder taylor matrix william corvette hello martin
heather secret merlin diamond 1234qwer gfhjkm hammer silver 222222 88888888 anthony justin test
bailey q1w2e3r4t5 patrick internet scooter orange 11111 golfer cookie richard samantha bigdog
guitar jackson whatever mickey chicken sparky snoopy maverick phoenix camaro peanut morgan
welcome falcon cowboy ferrari samsung andrea smokey steelers joseph mercedes dakota arsenal
eagles melissa boomer booboo spider nascar monster tigers yellow xxxxxx 123123123 gateway marina
diablo bulldog qwer1234 compaq purple hardcore banana junior hannah 123654 porsche lakers iceman
money cowboys 987654 london tennis 999999 ncc1701 coffee scooby 0000 miller boston q1w2e3r4
brandon yamaha chester mother forever johnny edward 333333 oliver redsox player nikita knight
fender barney midnight please brandy chicago badboy slayer rangers charles angel flower bigdaddy
rabbit wizard jasper enter rachel chris steven winner adidas victoria natasha 1q2w3e4r jasmine
winter prince marine ghbdtn fishing cocacola casper james 232323 raiders 888888 marlboro gandalf
asdfasdf crystal 87654321 12344321 golden 8675309 disney spanky apple eagle1 qwe123 asdf123
goldfish alexander alexis cameron cherry chicago1 christian cricket dolphin dolphins donald
doctor driver eagle edward1 elephant florida freddy friends galaxy genius george1 gemini
godzilla guinness hawkeye helpme horses hotdog hunting jaguar jeremy jordan23 kitten lacrosse
legend liverpool lovely lucky maddog madison magic marvin mike mountain muffin murphy naruto
newyork nirvana packers panther panthers parker peaches penguin phantom pickle pirate pokemon
popcorn power qazwsx123 qwerty1 qwerty12 qwerty123 rainbow raymond redskins rocket rocky roses
runner sabrina sammy sandra scorpio scorpion secret1 shannon simpsons skippy smiley sophie
spencer spring startrek stella steve sticky stupid sunny superstar surfer sweety swimming teresa
thomas1 tiger tomcat toyota travis trouble tucker turtle united vampire vanessa victor viking
warrior warriors welcome1 whatever1 white william1 willie wilson winston wolverine women
wrestling xavier yamaha1 zachary zxcvbnm1 abcd1234 abcdef abc12345 asdf1234 1qazxsw2 zaq12wsx
aa123456 a123456 123456a 123abc 1234abcd 147258 147258369 159357 1q2w3e 1q2w3e4r5t6y 2112 2222
3333 4444 5555 5150 6666 7777 8888 9999 12121212 123321123 1234321 12341234 123654789 1111111
11223344 121314 1212 123 1313 147852 159951 1a2b3c 1a2b3c4d 2468 24682468 3333333 4321 456789
5201314 520520 54321 55555 654321a 69696969 741852963 7654321 789456 789456123 963852741
987456321 a1b2c3 a1b2c3d4 aaaaaaaa abcabc admin admin1 admin123 admin1234 administrator alpha
angel1 angels animal apples april august babygirl baby babygirl1 banana1 barbie basketball
beautiful bella benjamin bigboy blessed blue bonnie brandon1 brittany bubbles buddy butterfly
carlos caroline casey catherine changeme charlotte cheyenne chloe chocolate christ claudia
college colorado cooper corvette1 daisy dancer danielle david debbie dennis destiny dexter
diamonds dragons dreams eminem emily energy england estrella eternal fashion felicia flowers
football1 frankie freedom1 gabriel garfield girls goodluck green greenday hallo hello1 hello123
hottie iloveu iloveyou1 iloveyou2 jackie jake james1 jamie jason jesus jesus1 jordan1 joseph1
juliet justin1 karina katie kelly kimberly lauren lebron leslie letmein1 linkin lovers lovely1
loveme lover lucky1 marley master1 maxwell melanie metallica michael1 michelle1 mickey1 miguel
monica monkey1 monique mylove myspace1 nathan nicholas nicole1 oliver1 omarion orange1 password1
password12 password123 passw0rd p@ssw0rd p@ssword patricia peanut1 pepper1 precious princess1
purple1 qwerty12345 qwertyu rachel1 rebelde richard1 robert1 rockstar ronaldo rosebud sakura
samuel sarah scooter1 secret123 shadow1 shorty silver1 skyline soccer1 spiderman starwars1
stephanie summer1 sunflower sunshine1 superman1 sweetheart sweetie tennis1 thunder1 tigger1
tinkerbell trinity tweety valentina vincent walter william2 winner1 yankees1 yellow1 zxcvbnm123
qwertz qwert azerty azertyuiop asdfghjkl asdfghjk zxcvbn123 qazwsxedc 1qaz1qaz zaq1zaq1 zaq1xsw2
1q2w3e4r5t 1qaz2wsx3edc !qaz2wsx qwe123qwe qweasd qweasdzxc 123qweasd q1w2e3 qwerty1234 asd123
zxc123 zxcasdqwe 123asd 123qwe123 1234qwerty 12345qwert 12345qwerty 123456q 123456qwerty
0123456789 9876543210 0987654321 1234567891 12345678910 123456789a a123456789 123456789q
q123456789 1234567899 1234512345 1234554321 1122334455 1212121212 1231231231 123123123123
123456123456 123456789123 1111122222 1029384756 1357924680 1111111111 0000000000 2222222222
3333333333 4444444444 5555555555 6666666666 7777777777 8888888888 9999999999 1472583690
7894561230 1236547890 9638527410 147258369a 1qaz2wsx3e 1q2w3e4r5t6y7u 1q2w3e4r5t6y7u8i
1q2w3e4r5t6y7u8i9o0p q1w2e3r4t5y6u7 1q2w3e4r5t6 zaq12wsxcde3 zaq1xsw2cde3 1qaz@wsx3edc
1qazxsw23edc qazwsxedcrfv qazwsx123456 qazxswedcvfr 1234qwerasdf qwerasdfzxcv qwertyuiop1
qwertyuiop123 qwertyqwerty qwerty123456 qwerty1234567 qwerty@123 qwerty123! qwertyuiop[]
asdfghjkl1 asdfghjkl123 asdfghjkl; zxcvbnm1234 zxcvbnmasdfghjkl qweasdzxc1 qweasdzxc123
123qweasdzxc qwe123qwe123 poiuytrewq mnbvcxzasdfghjkl 1234567890q q1234567890 1234567890a
a1234567890 abc1234567 abcd123456 abcdef1234 abcdef123456 abcdefghij abcdefg123 abc123abc123
abc12345678 12345abcde 123456abcd 1234567abc abcde12345 aaaaaaaaaa qqqqqqqqqq zzzzzzzzzz
password1234 password12345 password123456 password01 password00 password10 password11 password13
password99 password69 password88 password2019 password2020 password2021 password2022
password2023 password2024 password2025 password2026 password1! password12! password123!
password@123 password#1 passwordpassword mypassword mypassword1 mypassword123 newpassword
newpassword1 newpassword123 passw0rd12 passw0rd123 p@ssw0rd12 p@ssw0rd123 p@ssword123
pa$$word123 p@$$w0rd123 p@ssw0rd1! passwords1 passwords123 iloveyou12 iloveyou123 iloveyou1234
iloveyou01 iloveyou22 iloveyou11 iloveyou13 iloveyou14 iloveyou69 iloveyou!! iloveyoubaby
iloveyoumom iloveyou4ever iloveu1234 iloveme123 loveyou123 loveyou1234 lovelove12 lovelove123
mylove1234 welcome123 welcome1234 welcome@123 welcome2020 welcome2021 welcome2022 welcome2023
welcome2024 welcome2025 welcome2026 welcome123! letmein123 letmein1234 letmein123! changeme123
changeme12 changeme1! default123 administrator1 admin12345 admin123456 admin@1234 admin@12345
adminadmin adminadmin1 admin1234! rootroot12 root123456 superuser1 guest12345 test123456
testing123 testtest12 testtest123 tester1234 temp123456 temppass12 temppassword trustno1234
superman123 superman1234 batman1234 batman12345 spiderman1 spiderman123 starwars12 starwars123
pokemon123 pokemon1234 minecraft1 minecraft12 minecraft123 fortnite12 fortnite123 roblox1234
football10 football12 football123 football1234 baseball12 baseball123 basketball1 basketball12
basketball123 volleyball volleyball1 soccer1234 soccer12345 hockey1234 hockey12345 princess12
princess123 princess1234 sunshine12 sunshine123 sunshine1234 monkey1234 monkey12345 dragon1234
dragon12345 shadow1234 shadow12345 master1234 master12345 michael123 michael1234 jessica123
jennifer123 charlie123 charlie1234 computer12 computer123 internet123 samsung123 samsung1234
chocolate1 chocolate12 chocolate123 butterfly1 butterfly12 butterfly123 rainbow123 whatever12
whatever123 elizabeth1 christopher christopher1 alexander1 alexandra1 stephanie1 jonathan12
jasmine123 victoria12 nicholas12 anthony123 liverpool1 liverpool12 liverpool123 liverpoolfc
chelsea123 chelseafc1 arsenal123 arsenal1886 manchester1 manchesterunited manutd1234 barcelona1
barcelona10 barcelona123 realmadrid realmadrid1 juventus10 juventus123 strawberry strawberry1
skateboard snowboard1 cheerleader sweetheart1 blessed123 jesuschrist jesus12345 jesusloves
jesuslovesme godisgood1 christmas1 christmas12 christmas123 friendship friends123 friends4ever
bestfriend bestfriends beautiful1 beautiful12 facebook12 facebook123 facebook1234 linkedin123
twitter123 google1234 google12345 youtube123 instagram1 instagram123 myspace123 whatsup123
happyday123 thankyou12 thankyou123 football2020 summer2019 summer2020 summer2021 summer2022
summer2023 summer2024 summer2025 summer2026 winter2019 winter2020 winter2021 winter2022
winter2023 winter2024 winter2025 winter2026 spring2020 spring2021 spring2022 spring2023
spring2024 spring2025 spring2026 autumn2020 autumn2021 autumn2022 autumn2023 autumn2024
autumn2025 autumn2026 summer2024! summer2025! winter2024! winter2025! january2024 january2025
december2024 monday1234 qwertyuiop! 1234567890! !@#$%^&*() 1234!@#$qwer !qaz@wsx#edc
1qaz!qaz1qaz q1w2e3r4t5! 1q2w3e4r5t! zxcvbnm123! abc123456! 123456789! 1234567890-= sayang1234
cintaku123 bismillah1 bismillah123 kiriku1234 ghbdtn1234 qwertyui12 qwertyuio1 asdfasdf12
asdfasdfasdf qweqweqwe1 qweqweqweqwe 123qwe123qwe 1q1q1q1q1q 1a2b3c4d5e a1b2c3d4e5 a1s2d3f4g5
z1x2c3v4b5 q1w2e3r4t5y6 aa12345678 aa123456789 asd1234567 zxc1234567 qwe1234567 ilovemyself
ilovemymom ilovemydad ilovegod123 lovemylife iloveyousomuch nevergiveup letmeinnow opensesame1
openthedoor secretpassword topsecret1 unknown123 nopassword1 mustang123 ferrari123 mercedes123
porsche911 corvette123 harleydavidson motorcycle1 playstation2 playstation3 playstation4
playstation5 xbox360123 nintendo64 supermario superman! gameover123 counterstrike warcraft3
worldofwarcraft halflife2 callofduty blackdragon silverfox1 dragonball dragonballz dragonfly1
onepiece123 naruto1234 sasuke1234 pikachu123 hellokitty hellokitty1 hello12345 hello123456
helloworld helloworld1 goodmorning goodnight1 qwertyasdf qwertzuiop azertyuiop1 asdfjkl;123
trustnoone1
`;

export const commonPasswords: ReadonlySet<string> = new Set(list.split(/\s+/).filter(Boolean));

/** Whether `password` is one of the most common passwords, ignoring case. */
export function isCommonPassword(password: string): boolean {
  return commonPasswords.has(password.toLowerCase());
}
